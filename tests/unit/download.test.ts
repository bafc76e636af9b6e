/**
 * Downloading a dataset as text (src/load/download.ts): decoded as the chunks arrive, however the file is cut,
 * in the encoding its byte-order mark names, and refused past the size limit.
 */
import { afterEach, describe, expect, it, vi } from 'vitest'
import { downloadText, MAX_DATASET_BYTES } from '../../src/load/download'

/** A response whose body arrives in chunks of `chunkBytes`. */
function chunkedResponse(bytes: Uint8Array, chunkBytes: number, headers: HeadersInit = {}) {
  let offset = 0
  const body = new ReadableStream<Uint8Array>({
    pull(controller) {
      if (offset >= bytes.byteLength) {
        controller.close()
        return
      }
      controller.enqueue(bytes.slice(offset, offset + chunkBytes))
      offset += chunkBytes
    },
  })
  return new Response(body, { headers })
}

function serve(response: Response) {
  vi.stubGlobal(
    'fetch',
    vi.fn(() => Promise.resolve(response)),
  )
}

const text = '{"title":"Запоріжжя – Zaporížžia 🇺🇦"}'
const utf16le = (value: string) => {
  const bytes = new Uint8Array(2 + value.length * 2)
  bytes.set([0xff, 0xfe])
  for (let index = 0; index < value.length; index += 1) {
    const code = value.charCodeAt(index)
    bytes[2 + index * 2] = code & 0xff
    bytes[3 + index * 2] = code >> 8
  }
  return bytes
}

afterEach(() => vi.unstubAllGlobals())

describe(downloadText.name, () => {
  it.each([1, 2, 3, 7, 1024])(
    'decodes UTF-8 cut into chunks of %i bytes, characters split across them',
    async (chunkBytes) => {
      const bytes = new TextEncoder().encode(`\ufeff${text}`)
      serve(chunkedResponse(bytes, chunkBytes))
      const progress = vi.fn()
      await expect(downloadText('https://example.org/x.json', 'x.json', progress)).resolves.toEqual(
        {
          text,
          byteLength: bytes.byteLength,
        },
      )
    },
  )

  it.each([1, 3, 8])(
    'decodes UTF-16 named by its byte-order mark, in chunks of %i bytes',
    async (chunkBytes) => {
      const bytes = utf16le(text)
      serve(chunkedResponse(bytes, chunkBytes))
      const { text: decoded } = await downloadText('https://example.org/x.json', 'x.json', vi.fn())
      expect(decoded).toBe(text)
    },
  )

  it('reads a file of one byte', async () => {
    serve(chunkedResponse(new TextEncoder().encode('7'), 1))
    const { text: decoded } = await downloadText('https://example.org/x.json', 'x.json', vi.fn())
    expect(decoded).toBe('7')
  })

  it('refuses a file whose declared length is over the limit, before reading it', async () => {
    serve(
      chunkedResponse(new Uint8Array(10), 10, { 'content-length': String(MAX_DATASET_BYTES + 1) }),
    )
    await expect(downloadText('https://example.org/x.json', 'x.json', vi.fn())).rejects.toThrow(
      /x\.json is 100 MB or more/,
    )
  })
})
