import { Button, Group, Menu } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isDocumentLanguage } from '../../../shared/domain/activities/documents/words';
import type { ActivityView } from '../../../shared/ipc/channels/activities';
import type { ParticipantCountsView, SignatureListChoice } from '../../../shared/ipc/channels/participants';
import { call, saveFile } from '../../api/client';
import { download } from '../../api/files';
import { errorMessage } from '../../forms/useSubmit';
import { useFormat } from '../../i18n/format';
import { roleTitle } from '../../i18n/roles';
import { useAppStore } from '../../state/store';

type Language = 'en' | 'ro' | 'fr' | 'de';

/** Export the register, print the signed lists (all, one invited town, the local participants), write the invitation. */
export function ParticipantDocuments({
  activity,
  counts,
}: {
  activity: ActivityView;
  counts: ParticipantCountsView;
}) {
  const { t, i18n } = useTranslation('participants');
  const format = useFormat();
  const choices = useAppStore((s) => s.activityChoices);
  const loadChoices = useAppStore((s) => s.loadActivityChoices);
  const profile = useAppStore((s) => s.profile);
  const loadCommittee = useAppStore((s) => s.loadCommittee);
  const [busy, setBusy] = useState<string | null>(null);
  const language = (isDocumentLanguage(i18n.language) ? i18n.language : 'en') as Language;
  // The lists print every label in the UI language and in the activity's other language ("Name / Nume").
  const second = activity.languages.find((l): l is Language => isDocumentLanguage(l) && l !== language);
  const languages: Language[] = second ? [language, second] : [language];
  const towns = (choices?.links ?? [])
    .filter((l) => activity.partnershipIds.includes(l.id))
    .flatMap((l) => l.towns);

  useEffect(() => {
    if (!choices) void loadChoices().catch(() => undefined);
    if (!profile) void loadCommittee().catch(() => undefined);
  }, [choices, loadChoices, profile, loadCommittee]);

  async function run(key: string, make: () => Promise<void>) {
    setBusy(key);
    try {
      await make();
    } catch (error) {
      notifications.show({ color: 'red', title: t('documents.failed'), message: errorMessage(error, t) });
    } finally {
      setBusy(null);
    }
  }
  const exportAs = (format: 'csv' | 'xlsx', includeDiet = false) =>
    run(`export-${format}`, async () => {
      const file = await call('participants:exportRegister', {
        activityId: activity.id,
        format,
        language,
        ...(includeDiet ? { includeDiet } : {}),
      });
      download(file.bytes, file.fileName, file.mimeType);
    });
  const pdf = async (request: Parameters<typeof call<'document:render'>>[1]) => {
    const file = await call('document:render', request);
    await saveFile({ bytes: file.bytes, fileName: file.fileName, mime: file.mime, open: false });
  };
  const printList = (list?: SignatureListChoice) =>
    run('lists', () =>
      pdf({
        kind: 'participantList',
        params: { activityId: activity.id, languages, ...(list ? { list } : {}) },
      }),
    );
  const chair = profile?.members.find((m) => m.role === 'chair');
  const invite = (townId: string) =>
    run('invitation', () =>
      pdf({
        kind: 'invitation',
        params: {
          activityId: activity.id,
          townId,
          ...(chair
            ? { signatory: { name: chair.name, office: roleTitle(t, chair.role, chair.address) } }
            : {}),
        },
      }),
    );
  const none = counts.total === 0;

  return (
    <Group gap="xs">
      <Menu position="bottom-end">
        <Menu.Target>
          <Button variant="default" loading={busy?.startsWith('export')} disabled={none}>
            {t('export.button')}
          </Button>
        </Menu.Target>
        <Menu.Dropdown>
          <Menu.Item onClick={() => void exportAs('csv')}>{t('export.csv')}</Menu.Item>
          <Menu.Item onClick={() => void exportAs('xlsx')}>{t('export.xlsx')}</Menu.Item>
          <Menu.Item onClick={() => void exportAs('xlsx', true)}>{t('export.withDiet')}</Menu.Item>
        </Menu.Dropdown>
      </Menu>
      <Menu position="bottom-end">
        <Menu.Target>
          <Button variant="default" loading={busy === 'lists'} disabled={none}>
            {t('documents.lists')}
          </Button>
        </Menu.Target>
        <Menu.Dropdown>
          <Menu.Item onClick={() => void printList()}>{t('documents.allLists')}</Menu.Item>
          {counts.byInvitedTown.map((town) => (
            <Menu.Item
              key={`${town.country ?? ''}|${town.town}`}
              onClick={() => void printList({ kind: 'invited', town: town.town, country: town.country })}
            >
              {t('documents.townList', {
                town: town.country ? `${town.town} (${format.country(town.country)})` : town.town,
              })}
            </Menu.Item>
          ))}
          {counts.local > 0 ? (
            <Menu.Item onClick={() => void printList({ kind: 'local' })}>
              {t('documents.localList')}
            </Menu.Item>
          ) : null}
        </Menu.Dropdown>
      </Menu>
      <Menu position="bottom-end">
        <Menu.Target>
          <Button variant="default" loading={busy === 'invitation'} disabled={towns.length === 0}>
            {t('documents.invitation')}
          </Button>
        </Menu.Target>
        <Menu.Dropdown>
          {towns.map((town) => (
            <Menu.Item key={town.id} onClick={() => void invite(town.id)}>
              {t('documents.inviteTown', { town: town.name })}
            </Menu.Item>
          ))}
        </Menu.Dropdown>
      </Menu>
    </Group>
  );
}
