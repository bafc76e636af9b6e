import { Component, type ErrorInfo, type ReactNode } from 'react'

type ViewErrorBoundaryProps = {
  /** What the reader lost, in words: "The timeline", "The event's details". */
  name: string
  children: ReactNode
}
type ViewErrorBoundaryState = { error: Error | null; componentStack: string }

/**
 * Around each view and panel: a crash in one turns into a message with "Reload view" and the details to
 * report, and the rest of the page goes on working.
 */
export class ViewErrorBoundary extends Component<ViewErrorBoundaryProps, ViewErrorBoundaryState> {
  state: ViewErrorBoundaryState = { error: null, componentStack: '' }

  static getDerivedStateFromError(error: Error): Partial<ViewErrorBoundaryState> {
    return { error }
  }

  componentDidCatch(error: Error, info: ErrorInfo) {
    this.setState({ componentStack: info.componentStack ?? '' })
    console.error(`${this.props.name} crashed`, error)
  }

  render() {
    const { error, componentStack } = this.state
    if (!error) return this.props.children
    const details = [
      `${error.name}: ${error.message}`,
      `Page: ${window.location.href}`,
      `Browser: ${navigator.userAgent}`,
      error.stack ?? '',
      componentStack.trim(),
    ]
      .filter(Boolean)
      .join('\n')
    return (
      <section role="alert" className="ct-error m-3 rounded-lg border p-4">
        <h2 className="font-semibold">{this.props.name} hit a problem</h2>
        <p className="mt-1 break-words">{error.message}</p>
        <p className="mt-1 text-sm">
          The rest of the page still works. Reloading this view usually helps.
        </p>
        <button
          type="button"
          className="ct-button ct-button-primary mt-3 inline-flex h-10 items-center rounded-md border px-4 font-medium"
          onClick={() => this.setState({ error: null, componentStack: '' })}
        >
          Reload view
        </button>
        <details className="mt-3 text-sm">
          <summary className="ct-link cursor-pointer">Details to report</summary>
          <p className="mt-1">Please include these in an issue on the project's page.</p>
          <pre className="mt-1 max-h-48 overflow-auto text-xs break-words whitespace-pre-wrap">
            {details}
          </pre>
        </details>
      </section>
    )
  }
}
