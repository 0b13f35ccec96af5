import { Route, Routes } from 'react-router';
import { AgreementPage } from '../agreements/AgreementPage';
import { PartnershipDetailPage } from './PartnershipDetailPage';
import { PartnershipEditPage } from './PartnershipEditPage';
import { PartnershipsPage } from './PartnershipsPage';

/** The registry's own addresses under /partnerships. */
export function PartnershipsSection() {
  return (
    <Routes>
      <Route index element={<PartnershipsPage />} />
      <Route path="new" element={<PartnershipEditPage />} />
      <Route path=":id" element={<PartnershipDetailPage />} />
      <Route path=":id/edit" element={<PartnershipEditPage />} />
      <Route path=":id/agreement" element={<AgreementPage />} />
    </Routes>
  );
}
