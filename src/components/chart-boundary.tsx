import { Component, type ReactNode } from 'react';

interface ChartBoundaryProps {
  children: ReactNode;
}

/** If a chart throws, say so and keep the page: the table next to every chart has the same numbers. */
export class ChartBoundary extends Component<ChartBoundaryProps, { failed: boolean }> {
  override state = { failed: false };

  static getDerivedStateFromError(): { failed: boolean } {
    return { failed: true };
  }

  override render() {
    if (this.state.failed) {
      return (
        <p className="notice">
          This chart could not be drawn. The table below shows the same numbers.
        </p>
      );
    }
    return this.props.children;
  }
}
