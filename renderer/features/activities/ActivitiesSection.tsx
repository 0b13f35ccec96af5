import { Route, Routes } from 'react-router';
import { ActivitiesPage } from './ActivitiesPage';
import { ActivityDetailPage } from './ActivityDetailPage';
import { ActivityEditPage } from './ActivityEditPage';
import { HouseholdsPage } from '../hosts/HouseholdsPage';
import { OrganisationsPage } from './OrganisationsPage';

/** The Activities area's own addresses under /activities. */
export function ActivitiesSection() {
  return (
    <Routes>
      <Route index element={<ActivitiesPage />} />
      <Route path="new" element={<ActivityEditPage />} />
      <Route path="organisations" element={<OrganisationsPage />} />
      <Route path="hosts" element={<HouseholdsPage />} />
      <Route path=":id" element={<ActivityDetailPage />} />
      <Route path=":id/edit" element={<ActivityEditPage />} />
    </Routes>
  );
}
