/** The adversarial input families: each a name and the input of about `n` characters. */
export declare const FAMILIES: Array<[string, (n: number) => string]>;
