import { contract, type Channel, type Input, type Output } from '../../../../shared/ipc/contract';

type Answers = { [C in Channel]?: (input: Input<C>) => Output<C> | Promise<Output<C>> };

/**
 * A fake core for renderer tests that keeps to the contract: every request the screen sends
 * must pass the channel's input schema, and every answer the test gives must pass its output
 * schema, so a fake can never answer what the real core could not.
 */
export function fakeCore(answers: Answers) {
  return async (channel: Channel, input: unknown): Promise<unknown> => {
    const spec = contract[channel];
    if (!spec) throw new Error(`${String(channel)} is not a channel of the contract`);
    const request = spec.input.safeParse(input);
    if (!request.success)
      throw new Error(`${channel} was sent what the core refuses: ${request.error.message}`);
    const answer = answers[channel] as ((input: unknown) => unknown) | undefined;
    if (!answer) throw new Error(`${channel} has no fake answer in this test`);
    return spec.output.parse(await answer(input));
  };
}
