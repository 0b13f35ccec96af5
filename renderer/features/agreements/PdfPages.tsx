import { Alert, Loader, Stack } from '@mantine/core';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';

/** Each page of a PDF drawn on a canvas: the CSP allows no plugin and no remote viewer. */
export function PdfPages({ bytes, width }: { bytes: Uint8Array; width: number }) {
  const { t } = useTranslation('agreements');
  const host = useRef<HTMLDivElement>(null);
  const [state, setState] = useState<'loading' | 'shown' | 'failed'>('loading');

  useEffect(() => {
    let cancelled = false;
    const target = host.current;
    setState('loading');
    const task = (async () => {
      // pdf.js loads with the first preview, not with the app.
      const { openPdf } = await import('./pdfDocument');
      const pdf = await openPdf(bytes);
      const ratio = window.devicePixelRatio || 1;
      const canvases: HTMLCanvasElement[] = [];
      for (let n = 1; n <= pdf.numPages && !cancelled; n++) {
        const page = await pdf.getPage(n);
        const scale = width / page.getViewport({ scale: 1 }).width;
        const viewport = page.getViewport({ scale: scale * ratio });
        const canvas = document.createElement('canvas');
        canvas.width = Math.floor(viewport.width);
        canvas.height = Math.floor(viewport.height);
        canvas.style.width = `${width}px`;
        canvas.style.boxShadow = '0 1px 4px rgba(0,0,0,0.25)';
        canvas.style.background = 'white';
        canvas.setAttribute('role', 'img');
        canvas.setAttribute('aria-label', t('preview.page', { n, count: pdf.numPages }));
        await page.render({ canvas, viewport }).promise;
        canvases.push(canvas);
      }
      if (!cancelled && target) {
        target.replaceChildren(...canvases);
        setState('shown');
      }
      await pdf.destroy();
    })();
    task.catch(() => !cancelled && setState('failed'));
    return () => {
      cancelled = true;
    };
  }, [bytes, width, t]);

  return (
    <Stack align="center" gap="md">
      {state === 'loading' && <Loader aria-label={t('preview.drawing')} />}
      {state === 'failed' && <Alert color="red">{t('preview.failed')}</Alert>}
      <Stack ref={host} align="center" gap="md" />
    </Stack>
  );
}
