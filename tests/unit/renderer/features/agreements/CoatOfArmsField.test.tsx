import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { ApiError, call } from '../../../../../renderer/api/client';
import { CoatOfArmsField } from '../../../../../renderer/features/agreements/CoatOfArmsField';
import { renderWithProviders, useLocale } from '../../helpers/render';

vi.mock('../../../../../renderer/api/client', async (importOriginal) => ({
  ...(await importOriginal<typeof import('../../../../../renderer/api/client')>()),
  call: vi.fn(),
}));

const callMock = vi.mocked(call);

function renderField() {
  const onChange = vi.fn();
  const { container } = renderWithProviders(
    <CoatOfArmsField value={null} town="Vienne" onChange={onChange} />,
  );
  const input = container.ownerDocument.querySelector('input[type=file]') as HTMLInputElement;
  return { user: userEvent.setup({ applyAccept: false }), input, onChange };
}

describe('CoatOfArmsField', () => {
  beforeEach(async () => {
    callMock.mockReset();
    await useLocale('en');
  });

  it('refuses a 40 MB photo with its size and the limit, without sending it to the core', async () => {
    const { user, input, onChange } = renderField();
    const photo = new File(['x'], 'blason.jpg', { type: 'image/jpeg' });
    Object.defineProperty(photo, 'size', { value: 40 * 1024 * 1024 });
    await user.upload(input, photo);
    expect(
      await screen.findByText(
        'This image is 40 MB; a coat of arms can be at most 5 MB. Choose a smaller PNG or JPEG.',
      ),
    ).toBeInTheDocument();
    expect(callMock).not.toHaveBeenCalled();
    expect(onChange).not.toHaveBeenCalled();
  });

  it('names the file the core found not to be an image, in Romanian too', async () => {
    callMock.mockRejectedValue(
      new ApiError({
        code: 'VALIDATION',
        message: 'not an image',
        issues: [{ path: ['image'], code: 'not_an_image', message: 'x' }],
      }),
    );
    await useLocale('ro');
    const { user, input, onChange } = renderField();
    await user.upload(input, new File(['hello'], 'notes.png', { type: 'image/png' }));
    expect(
      await screen.findByText('„notes.png” nu este o imagine PNG sau JPEG. Alegeți un fișier imagine.'),
    ).toBeInTheDocument();
    expect(callMock).toHaveBeenCalledWith('agreement:addImage', { bytes: new TextEncoder().encode('hello') });
    expect(onChange).not.toHaveBeenCalled();
  });

  it('hands the stored image to the charter once the core accepts it', async () => {
    callMock.mockResolvedValue({ file: 'arms-1.png', mime: 'image/png' });
    const { user, input, onChange } = renderField();
    await user.upload(
      input,
      new File([new Uint8Array([0x89, 0x50, 0x4e, 0x47])], 'arms.png', { type: 'image/png' }),
    );
    await vi.waitFor(() => expect(onChange).toHaveBeenCalledWith({ file: 'arms-1.png', mime: 'image/png' }));
  });
});
