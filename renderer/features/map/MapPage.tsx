import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../components/PageHeader';
import { PartnershipMap } from './PartnershipMap';

export function MapPage() {
  const { t } = useTranslation('map');
  return (
    <>
      <PageHeader title={t('title')} subtitle={t('subtitle')} />
      <PartnershipMap />
    </>
  );
}
