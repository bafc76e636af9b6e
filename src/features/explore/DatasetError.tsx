import { DatasetLoadError } from '../../load/loaded-dataset'
import { formatIssue } from '../../data/dataset-issues'

type DatasetErrorProps = { error: Error; onRetry: () => void; isRetrying: boolean }

const LISTED_ISSUES = 8

const HEADINGS = {
  network: 'The dataset could not be reached',
  http: 'The dataset could not be loaded',
  unreadable: 'The file could not be read as a dataset',
  invalid: 'The dataset is not valid',
} as const

/** A dataset that cannot be shown at all: say what went wrong, list the first problems, offer a retry. */
export function DatasetError({ error, onRetry, isRetrying }: DatasetErrorProps) {
  const loadError = error instanceof DatasetLoadError ? error : null
  const issues = loadError?.issues ?? []
  return (
    <section
      role="alert"
      aria-labelledby="dataset-error-title"
      className="ct-error mx-auto max-w-2xl rounded-lg border p-5"
    >
      <h2 id="dataset-error-title" className="text-lg font-semibold">
        {loadError ? HEADINGS[loadError.failure] : 'Something went wrong while loading the dataset'}
      </h2>
      <p className="mt-2 break-words">{error.message}</p>
      {issues.length > 0 && (
        <>
          <p className="mt-3 text-sm font-medium">
            {issues.length === 1 ? '1 problem' : `${issues.length} problems`}
            {issues.length > LISTED_ISSUES ? `, the first ${LISTED_ISSUES}:` : ':'}
          </p>
          <ul className="mt-1 list-disc pl-5 font-mono text-xs break-words">
            {issues.slice(0, LISTED_ISSUES).map((issue) => (
              <li key={`${issue.path}-${issue.message}`}>{formatIssue(issue)}</li>
            ))}
          </ul>
        </>
      )}
      <button
        type="button"
        className="ct-button ct-button-primary mt-4 inline-flex h-10 items-center rounded-md border px-4 font-medium"
        onClick={onRetry}
        disabled={isRetrying}
      >
        {isRetrying ? 'Retrying…' : 'Retry'}
      </button>
    </section>
  )
}
