/**
 * The loading worker: parses, validates and indexes a dataset off the page's main thread, so that a large file
 * never freezes the page. It downloads the file itself (a file opened from disk is handed over), rather than the
 * page, whose thread is busy starting the app while the file arrives; and it loads the code that checks the
 * file (check-dataset.ts) while the file downloads, since on a small machine both take about as long.
 */
import { DatasetLoadError } from './loaded-dataset'
import { decodeText, downloadText } from './download'
import type { WorkerReply, WorkerRequest } from './worker-messages'

const post = (reply: WorkerReply) => postMessage(reply)

async function load(request: WorkerRequest) {
  const checker = import('./check-dataset')
  // Awaited below; until then a failed import must not be reported as unhandled.
  checker.catch(() => undefined)
  const file =
    'bytes' in request
      ? { text: decodeText(request.bytes), byteLength: request.bytes.byteLength }
      : await downloadText(request.url, request.displayUrl, (progress) =>
          post({ type: 'progress', progress }),
        )
  const { checkDataset } = await checker
  await checkDataset(file, request.displayUrl, post)
}

async function run(request: WorkerRequest) {
  try {
    await load(request)
  } catch (error) {
    post(
      error instanceof DatasetLoadError
        ? {
            type: 'failed',
            failure: error.failure,
            url: error.url,
            message: error.message,
            issues: [...error.issues],
          }
        : {
            type: 'failed',
            failure: 'invalid',
            url: request.displayUrl,
            message: `The dataset at ${request.displayUrl} could not be read (${String(error)}).`,
            issues: [],
          },
    )
  }
}

// A dataset at an address comes in the worker's name (load-dataset.ts), so that it starts at once; a file's
// bytes come by message.
if (self.name) void run(JSON.parse(self.name) as WorkerRequest)
onmessage = (message: MessageEvent<WorkerRequest>) => void run(message.data)
