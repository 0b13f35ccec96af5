import { Route, Routes } from 'react-router';
import { TimelinePage } from '../timeline/TimelinePage';
import { MeetingPage } from './MeetingPage';
import { TeamPage } from './TeamPage';

/** The Team area's own addresses under /team. */
export function TeamSection() {
  return (
    <Routes>
      <Route index element={<TeamPage />} />
      <Route path="meetings/new" element={<MeetingPage />} />
      <Route path="meetings/:id" element={<MeetingPage />} />
      <Route path="timeline" element={<TimelinePage />} />
    </Routes>
  );
}
