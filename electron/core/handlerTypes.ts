import type { Channel, Output, ParsedInput } from '../../shared/ipc/contract';

export type Handler<C extends Channel> = (input: ParsedInput<C>) => Output<C> | Promise<Output<C>>;
export type HandlerMap<C extends Channel> = { [K in C]: Handler<K> };
export type Handlers = HandlerMap<Channel>;
