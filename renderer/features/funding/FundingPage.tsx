import { Alert, Anchor, Badge, Button, Loader, Table, Tabs, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { applicationStatusLabelKey } from '../../i18n/statuses';
import { Link, useSearchParams } from 'react-router';
import { PageHeader } from '../../components/PageHeader';
import { useFormat } from '../../i18n/format';
import { programmePath } from './programmePath';
import { useCall } from './useCall';

const TABS = ['applications', 'programmes'] as const;

/** Funding: the committee's applications and the programmes they apply to (?tab= in the address). */
export function FundingPage() {
  const { t } = useTranslation('funding');
  const [params, setParams] = useSearchParams();
  const tab = TABS.find((x) => x === params.get('tab')) ?? 'applications';
  return (
    <>
      <PageHeader
        title={t('title')}
        actions={
          <Button component={Link} to="/funding/applications/new">
            {t('applications.new')}
          </Button>
        }
      />
      <Text mb="md">{t('intro')}</Text>
      <Tabs
        value={tab}
        onChange={(v) => setParams(v && v !== 'applications' ? { tab: v } : {}, { replace: true })}
      >
        <Tabs.List mb="md" aria-label={t('tabs.label')}>
          {TABS.map((x) => (
            <Tabs.Tab key={x} value={x}>
              {t(`tabs.${x}`)}
            </Tabs.Tab>
          ))}
        </Tabs.List>
        <Tabs.Panel value="applications">{tab === 'applications' && <ApplicationsTable />}</Tabs.Panel>
        <Tabs.Panel value="programmes">{tab === 'programmes' && <ProgrammesTable />}</Tabs.Panel>
      </Tabs>
    </>
  );
}

function ApplicationsTable() {
  const { t } = useTranslation('funding');
  const format = useFormat();
  const { data, failure } = useCall('funding:applications', {});
  if (failure)
    return (
      <Alert color="red" role="alert">
        {failure}
      </Alert>
    );
  if (!data) return <Loader aria-label={t('common:loading')} />;
  if (data.length === 0) return <Text c="dimmed">{t('applications.empty')}</Text>;
  return (
    <Table striped>
      <Table.Thead>
        <Table.Tr>
          <Table.Th>{t('applications.name')}</Table.Th>
          <Table.Th>{t('applications.programme')}</Table.Th>
          <Table.Th>{t('applications.status')}</Table.Th>
          <Table.Th>{t('applications.internalDeadline')}</Table.Th>
          <Table.Th>{t('applications.funderDeadline')}</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {data.map((a) => (
          <Table.Tr key={a.id}>
            <Table.Td>
              <Anchor component={Link} to={`/funding/applications/${a.id}`} fw={600}>
                {a.title}
              </Anchor>
            </Table.Td>
            <Table.Td>{a.programmeName}</Table.Td>
            <Table.Td style={{ whiteSpace: 'nowrap' }}>
              {/* The whole status word, never cut to "DRAFTI…" by a narrow column. */}
              <Badge
                variant="light"
                style={{ overflow: 'visible' }}
                styles={{ label: { overflow: 'visible' } }}
              >
                {t(applicationStatusLabelKey(a.status))}
              </Badge>
            </Table.Td>
            <Table.Td>
              {a.internalDeadline ? format.date(a.internalDeadline) : t('applications.none')}
            </Table.Td>
            <Table.Td>
              {a.deadline
                ? `${format.date(a.deadline.date)} ${a.deadline.time} (${a.deadline.timeZone})`
                : t('applications.none')}
            </Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}

function ProgrammesTable() {
  const { t } = useTranslation('funding');
  const { data, failure } = useCall('funding:programmes', {});
  const refused = useCall('funding:refusedFiles', {});
  if (failure)
    return (
      <Alert color="red" role="alert">
        {failure}
      </Alert>
    );
  if (!data) return <Loader aria-label={t('common:loading')} />;
  return (
    <>
      {refused.data?.map((r) => (
        <Alert key={r.file} color="red" role="alert" mb="md">
          {t('programme.refused', { file: r.file, problems: r.problems.map((p) => p.message).join('; ') })}
        </Alert>
      ))}
      <Table striped>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('programmes.name')}</Table.Th>
            <Table.Th>{t('programmes.callYear')}</Table.Th>
            <Table.Th>{t('programmes.origin')}</Table.Th>
            <Table.Th>{t('programme.rules')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {data.map((v) => (
            <Table.Tr key={`${v.ref.programmeId}-${v.ref.callYear}-${v.ref.recordId ?? ''}`}>
              <Table.Td>
                <Anchor component={Link} to={programmePath(v.ref)} fw={600}>
                  {v.programme.name}
                </Anchor>
              </Table.Td>
              <Table.Td>{v.ref.callYear}</Table.Td>
              <Table.Td>
                <Badge variant="light" color={v.ref.recordId ? 'grape' : 'gray'}>
                  {t(v.ref.recordId ? 'programmes.edited' : 'programmes.shipped')}
                </Badge>
              </Table.Td>
              <Table.Td>{t('programmes.rules', { count: v.programme.rules.length })}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </>
  );
}
