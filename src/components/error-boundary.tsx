import { Component, type ReactNode } from 'react';

export interface ErrorBoundaryProps {
  children: ReactNode;
  /** Shown in place of the children once they threw; `retry` renders the children again. */
  fallback: (error: unknown, retry: () => void) => ReactNode;
  /** The boundary clears its error when this changes (for a page: the taker went elsewhere). */
  resetKey?: string | undefined;
}

interface ErrorBoundaryState {
  failure: { error: unknown } | null;
  resetKey: string | undefined;
}

/**
 * The one error boundary: pages (src/app/route-error.tsx), parts loaded on demand
 * (`LoadBoundary`) and charts (`ChartBoundary`) each give it their own fallback.
 */
export class ErrorBoundary extends Component<ErrorBoundaryProps, ErrorBoundaryState> {
  override state: ErrorBoundaryState = { failure: null, resetKey: this.props.resetKey };

  static getDerivedStateFromError(error: unknown): Partial<ErrorBoundaryState> {
    return { failure: { error } };
  }

  static getDerivedStateFromProps(
    props: ErrorBoundaryProps,
    state: ErrorBoundaryState,
  ): Partial<ErrorBoundaryState> | null {
    return props.resetKey === state.resetKey ? null : { failure: null, resetKey: props.resetKey };
  }

  override render() {
    const { failure } = this.state;
    if (failure === null) return this.props.children;
    return this.props.fallback(failure.error, () => {
      this.setState({ failure: null });
    });
  }
}
