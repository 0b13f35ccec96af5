import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { call } from '../../api/client';
import type { Channel, Input, Output } from '../../../shared/ipc/contract';
import { errorMessage } from '../../forms/useSubmit';

/** One read from the core, with its failure in words and a way to read again after a change. */
export function useCall<C extends Channel>(channel: C, input: Input<C>) {
  const { t } = useTranslation('funding');
  const [data, setData] = useState<Output<C> | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const key = JSON.stringify(input);
  const reload = useCallback(() => {
    call(channel, JSON.parse(key) as Input<C>)
      .then((d) => {
        setData(d);
        setFailure(null);
      })
      .catch((error: unknown) => setFailure(errorMessage(error, t)));
  }, [channel, key, t]);
  useEffect(reload, [reload]);
  return { data, failure, reload, setData };
}
