// Package testcontracts holds Go bindings (generated) for the small contracts of
// src/TestHooks.sol that the tests use to exercise Aoraki's hooks: requester
// verifier contracts, callbacks and a payee that refuses ether. Nothing outside
// tests deploys them.
package testcontracts
