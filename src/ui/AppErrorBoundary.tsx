import { Component, type ErrorInfo, type ReactNode } from 'react'

type AppErrorBoundaryProps = { children: ReactNode }
type AppErrorBoundaryState = { error: Error | null }

/** The last line of defence: a bug shows a message and a way back instead of a blank page. */
export class AppErrorBoundary extends Component<AppErrorBoundaryProps, AppErrorBoundaryState> {
  state: AppErrorBoundaryState = { error: null }

  static getDerivedStateFromError(error: Error): AppErrorBoundaryState {
    return { error }
  }

  componentDidCatch(error: Error, info: ErrorInfo) {
    console.error('Conflict Timeline crashed', error, info.componentStack)
  }

  render() {
    const { error } = this.state
    if (!error) return this.props.children
    return (
      <main className="mx-auto max-w-2xl p-6">
        <section role="alert" className="ct-error rounded-lg border p-5">
          <h1 className="text-lg font-semibold">Conflict Timeline hit a problem</h1>
          <p className="mt-2 break-words">{error.message}</p>
          <p className="mt-2 text-sm">
            Reloading usually helps. If it keeps happening, the link you followed may point at
            something this version cannot show.
          </p>
          <button
            type="button"
            className="ct-button ct-button-primary mt-4 inline-flex h-10 items-center rounded-md border px-4 font-medium"
            onClick={() => window.location.reload()}
          >
            Reload
          </button>
        </section>
      </main>
    )
  }
}
