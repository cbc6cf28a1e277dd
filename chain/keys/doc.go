// Package keys keeps Ethereum keys in go-ethereum's encrypted keystore
// (scrypt + AES, the geth format) and hands them out wrapped in Key, whose
// every printed or logged form shows the address only: keys are never
// printed or logged. Dev returns the fixed development keys of devchain and
// logs a warning saying so.
package keys
