import { Button, FileButton, Group, Image, Input, Text } from '@mantine/core';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { MAX_IMAGE_BYTES, MAX_IMAGE_SIDE } from '../../../shared/domain/agreement/images';
import type { ImageRef } from '../../../shared/domain/agreement/model';
import { ApiError } from '../../api/client';
import { useFormat } from '../../i18n/format';
import { useAppStore } from '../../state/store';
import { fileToBytes } from '../../api/files';
import { downscaleImage } from './downscaleImage';

const megabytes = (bytes: number) => Math.round((bytes / (1024 * 1024)) * 10) / 10;
/** Larger files are not even read: no coat of arms, however photographed, needs this much. */
const MAX_READ_BYTES = 60 * 1024 * 1024;

/** A town's coat of arms for the title page: PNG or JPEG, checked by the core by content. */
export function CoatOfArmsField({
  value,
  town,
  onChange,
}: {
  value: ImageRef | null;
  town: string;
  onChange(ref: ImageRef | null): void;
}) {
  const { t } = useTranslation('agreements');
  const format = useFormat();
  const addImage = useAppStore((s) => s.addAgreementImage);
  const imageUrl = useAppStore((s) => s.agreementImageUrl);
  const [url, setUrl] = useState<string | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    let current = true;
    let made: string | null = null;
    setUrl(null);
    if (value) {
      imageUrl(value)
        .then((u) => {
          made = u;
          if (current) setUrl(u);
          else URL.revokeObjectURL(u);
        })
        .catch(() => current && setFailure(t('arms.missing')));
    }
    return () => {
      current = false;
      // The image is an object URL over its bytes: let it go with the image it showed.
      if (made) URL.revokeObjectURL(made);
    };
  }, [value, imageUrl, t]);

  async function choose(file: File | null) {
    setFailure(null);
    if (!file) return;
    const tooLarge = (size: number) =>
      t('arms.tooLarge', {
        size: format.number(megabytes(size)),
        max: format.number(megabytes(MAX_IMAGE_BYTES)),
      });
    if (file.size > MAX_READ_BYTES) {
      setFailure(tooLarge(file.size));
      return;
    }
    setBusy(true);
    try {
      const upload = await downscaleImage(file);
      // Refused before it is sent; the core checks the same limit again.
      if (upload.size > MAX_IMAGE_BYTES) {
        setFailure(tooLarge(upload.size));
        return;
      }
      onChange(await addImage(await fileToBytes(upload)));
    } catch (error) {
      setFailure(uploadFailure(error, file));
    } finally {
      setBusy(false);
    }
  }

  function uploadFailure(error: unknown, file: File): string {
    const issue = error instanceof ApiError ? error.error.issues?.[0] : undefined;
    const name = file.name;
    switch (issue?.code) {
      case 'not_an_image':
        return t('arms.notAnImage', { name });
      case 'image_damaged':
        return t('arms.damaged', { name });
      case 'image_too_many_pixels': {
        const px = (key: string) => format.number(Number(issue.params?.[key] ?? 0));
        return t('arms.tooManyPixels', {
          name,
          width: px('width'),
          height: px('height'),
          max: format.number(MAX_IMAGE_SIDE),
        });
      }
      case 'image_too_large':
        return t('arms.tooLarge', {
          size: format.number(megabytes(file.size)),
          max: format.number(megabytes(MAX_IMAGE_BYTES)),
        });
      default:
        return t(`errors:code.${error instanceof ApiError ? error.error.code : 'INTERNAL'}`);
    }
  }

  return (
    <Input.Wrapper label={t('arms.label')} error={failure} role="group" aria-label={t('arms.of', { town })}>
      <Group gap="sm" mt={4} align="center">
        {url ? (
          <Image src={url} alt={t('arms.of', { town })} h={56} w="auto" maw={90} fit="contain" />
        ) : (
          <Text size="sm" c="dimmed">
            {t('arms.none')}
          </Text>
        )}
        <FileButton onChange={(f) => void choose(f)} accept="image/png,image/jpeg">
          {(props) => (
            <Button size="xs" variant="default" loading={busy} {...props}>
              {value ? t('arms.replace') : t('arms.choose')}
            </Button>
          )}
        </FileButton>
        {value && (
          <Button size="xs" variant="subtle" color="red" onClick={() => onChange(null)}>
            {t('arms.remove')}
          </Button>
        )}
      </Group>
    </Input.Wrapper>
  );
}
