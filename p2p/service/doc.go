// Package service runs a process's services in order, the way go-ethereum's
// node runs its lifecycles: every service is registered before start,
// started in registration order, rolled back (closed in reverse) when one
// fails to start, and closed in reverse order; the errors that closing
// meets are collected in one *StopError instead of being dropped.
//
//	      Register…           Start ok            Close
//	new ─────────────► new ─────────────► running ─────────► closed
//	                    │                                      ▲
//	                    └── Start fails: the started ones ─────┘
//	                        are closed in reverse (rolled back)
//
// A resource acquired while the stack is built (an open store) is held
// (Hold): it needs no start and is released with the rest.
//
// A Stack starts at most once and closes at most once: a second Start
// returns ErrStarted (ErrClosed after Close), a second Close returns nil.
// Registering after Start returns ErrRunning. The start context bounds
// start-up only; a service that runs in the background keeps its own
// context and stops in Close.
//
// The Aoraki node, the prover daemon and the requester each own one Stack
// (package node, prover/daemon, chain/requester), and the network stack
// (p2p/netstack) uses one for its parts.
package service
