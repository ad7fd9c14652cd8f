/**
 * `/print-qr.js`, loaded once a page with a printed QR code (QrCode's `printOnly`) has painted:
 * puts each code in the page just before it is printed. Chromium prints without loading a lazy
 * image that only print shows, so the code would be missing from the paper; printing waits for
 * nothing started in `beforeprint` either, except a synchronous request. So each code is fetched
 * that way, from our own origin, and put in place of its image as inline SVG. Without JavaScript,
 * or offline, the paper still has the short address.
 */
function putCodesInPlace(): void {
  for (const image of document.querySelectorAll<HTMLImageElement>('img[data-print-qr]')) {
    const request = new XMLHttpRequest();
    try {
      request.open('GET', image.src, false);
      request.send();
    } catch {
      continue;
    }
    // Anything but the code (an offline page, say) leaves the image as it is.
    if (request.status === 200 && request.responseText.startsWith('<svg')) image.outerHTML = request.responseText;
  }
}

addEventListener('beforeprint', putCodesInPlace);
