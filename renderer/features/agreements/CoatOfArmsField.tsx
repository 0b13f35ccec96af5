import { Button, FileButton, Group, Image, Input, Text } from '@mantine/core';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { MAX_IMAGE_BYTES } from '../../../shared/domain/agreement/images';
import type { ImageRef } from '../../../shared/domain/agreement/model';
import { ApiError } from '../../api/client';
import { useFormat } from '../../i18n/format';
import { useAppStore } from '../../state/store';
import { fileToBytes } from '../../api/files';

const megabytes = (bytes: number) => Math.round((bytes / (1024 * 1024)) * 10) / 10;

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
    // Refused before reading it into memory; the core checks the same limit again.
    if (file.size > MAX_IMAGE_BYTES) {
      setFailure(
        t('arms.tooLarge', {
          size: format.number(megabytes(file.size)),
          max: format.number(megabytes(MAX_IMAGE_BYTES)),
        }),
      );
      return;
    }
    setBusy(true);
    try {
      onChange(await addImage(await fileToBytes(file)));
    } catch (error) {
      const code = error instanceof ApiError ? error.error.issues?.[0]?.code : undefined;
      setFailure(
        code === 'not_an_image'
          ? t('arms.notAnImage', { name: file.name })
          : code === 'image_too_large'
            ? t('arms.tooLarge', {
                size: format.number(megabytes(file.size)),
                max: format.number(megabytes(MAX_IMAGE_BYTES)),
              })
            : t(`errors:code.${error instanceof ApiError ? error.error.code : 'INTERNAL'}`),
      );
    } finally {
      setBusy(false);
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
