/** Hands text to the browser as a file to save: nothing leaves the page, the file is made here. */
export function saveFile(fileName: string, mimeType: string, text: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: `${mimeType};charset=utf-8` }))
  const link = document.createElement('a')
  link.href = url
  link.download = fileName
  link.hidden = true
  document.body.append(link)
  link.click()
  link.remove()
  // The download has started by now; the address is only needed for it.
  setTimeout(() => URL.revokeObjectURL(url), 1_000)
}
