import { Loader, Stack } from '@mantine/core';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../components/PageHeader';
import { useAppStore } from '../../state/store';
import { CommitteeInfoForm } from './CommitteeInfoForm';
import { MembersSection } from './MembersSection';
import { MunicipalityForm } from './MunicipalityForm';

export function CommitteePage() {
  const { t } = useTranslation('committee');
  const profile = useAppStore((s) => s.profile);
  const loadCommittee = useAppStore((s) => s.loadCommittee);

  useEffect(() => {
    void loadCommittee();
  }, [loadCommittee]);

  return (
    <>
      <PageHeader title={t('title')} subtitle={t('subtitle')} />
      {profile === null ? (
        <Loader aria-label={t('common:loading')} />
      ) : (
        <Stack>
          <MunicipalityForm />
          <CommitteeInfoForm />
          <MembersSection />
        </Stack>
      )}
    </>
  );
}
