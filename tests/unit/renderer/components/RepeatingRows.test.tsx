import { TextInput } from '@mantine/core';
import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { describe, expect, it } from 'vitest';
import { RepeatingRows } from '../../../../renderer/components/RepeatingRows';
import { renderWithProviders } from '../helpers/render';

interface Row {
  key: string;
  name: string;
}
let next = 0;

function Rows({ initial, max }: { initial: Row[]; max?: number }) {
  const [rows, setRows] = useState(initial);
  return (
    <RepeatingRows
      legend="Guests"
      rows={rows}
      onChange={setRows}
      newRow={() => ({ key: `new-${++next}`, name: '' })}
      rowKey={(r) => r.key}
      addLabel="Add a guest"
      removeLabel={(i) => `Remove guest ${i + 1}`}
      emptyText="No guests yet."
      {...(max === undefined ? {} : { max })}
      renderRow={(row, i, update) => (
        <TextInput
          label={`Guest ${i + 1}`}
          value={row.name}
          onChange={(e) => update({ ...row, name: e.currentTarget.value })}
        />
      )}
    />
  );
}

describe('repeating rows', () => {
  it('says there are no rows yet, adds one with Add, and keeps what was typed in each row', async () => {
    renderWithProviders(<Rows initial={[]} />);
    const user = userEvent.setup();
    expect(screen.getByText('No guests yet.')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Add a guest' }));
    await user.click(screen.getByRole('button', { name: 'Add a guest' }));
    await user.type(screen.getByLabelText('Guest 1'), 'Anna');
    await user.type(screen.getByLabelText('Guest 2'), 'Jonas');
    expect(screen.queryByText('No guests yet.')).not.toBeInTheDocument();
    expect(screen.getByRole('group', { name: 'Guests' })).toBeInTheDocument();
    expect(screen.getByLabelText('Guest 2')).toHaveValue('Jonas');
  });

  it('removes the row whose Remove button is pressed, and the others keep their words', async () => {
    renderWithProviders(
      <Rows
        initial={[
          { key: 'a', name: 'Anna' },
          { key: 'b', name: 'Jonas' },
          { key: 'c', name: 'Élodie' },
        ]}
      />,
    );
    await userEvent.setup().click(screen.getByRole('button', { name: 'Remove guest 2' }));
    expect(screen.getByLabelText('Guest 1')).toHaveValue('Anna');
    expect(screen.getByLabelText('Guest 2')).toHaveValue('Élodie');
    expect(screen.queryByLabelText('Guest 3')).not.toBeInTheDocument();
  });

  it('offers no more rows once the most allowed are there', () => {
    renderWithProviders(<Rows initial={[{ key: 'a', name: 'Anna' }]} max={1} />);
    expect(screen.getByRole('button', { name: 'Add a guest' })).toBeDisabled();
  });
});
