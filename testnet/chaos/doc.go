// Package chaos runs the whole network through faults as it would meet
// them and checks the network's global invariants after each.
//
// A Scenario starts a real multi-process testnet (package testnet: the
// embedded chain, nodes and provers as OS processes), submits one or two
// Iris tasks through an in-process requester (chain/requester), injects
// its fault while they run — a bad prover mode chosen at Up, a SIGKILL or
// a stop and restart of a process at a pipeline stage, a corrupted file,
// hostile input, a reorganisation of the chain or a transaction held in
// its pool — and waits for every task to end.
//
// The chain's faults are real chain behaviour, made by the embedded
// chain's fault hooks (devchain.Admin, served only with
// testnet.Config.ChainAdmin): devchain_reorg takes the block that holds a
// task's TaskPublished or TaskFulfilled, and every block above it, off
// the canonical chain (go-ethereum's SetCanonical on its parent: removed
// logs, the transactions back in the pool) and seals a new branch that
// re-includes them, or loses them; devchain_setMinerTip has the chain
// seal only transactions tipping more than the node's fulfil offers. Each
// such scenario proves in its After that the fault happened (the log
// moved to a block of another hash and the node told the retraction; the
// fulfil sealed is a fee-bumped replacement), else it fails and its row
// says ran=no. Injections wait on
// events, never on sleeps: the requester's progress (paid, awarded,
// attestation) and each node's event stream (GET /v1/events: segment and
// task states), recorded in one log that a waiter reads from its start,
// so an event that came before the wait still counts.
//
// The adversaries' scenarios (adversary.go) attack from inside the
// network: provers misbehaving in the modes of prover/peer (a hostile
// seal, a stolen segment, bids at the floor then silence), strangers on
// gossip and streams (forged awards, a crowd of Sybil bidders that are
// keys rather than processes, thousands of streams), node identities
// registering late, a node's own key proposing wrong payouts or a wrong
// result with a lazy verifier's attestation (testnet nodes run public dev
// keys, so the suite can sign as they do), and a griefing requester. Each
// one's After shows that its attack really happened.
//
// After every scenario the Runner checks, from the chain and from the
// processes themselves:
//
//   - tasks: every task submitted completed with the verified, expected
//     result, or (where the scenario allows it) was refunded after its
//     deadline; no task of the contract is left open;
//   - balances: the contract's ether equals what came in (task prices,
//     stakes) less what was withdrawn, and equals the stakes, the open
//     tasks' escrow and the credited balances held, to the wei; each
//     fulfilled task credited exactly its price, each refunded one its
//     price and the slash;
//   - payouts: every fulfilled task paid each segment once, each prover
//     exactly the prices of the segments its receipts prove, no
//     misbehaving prover anything;
//   - slashing: no node lost stake unless a refund the scenario allows
//     took it;
//   - store: every node's store holds every task the chain gives it, in
//     the state the chain says (across the crashes the scenario caused);
//   - memory: every process's peak RSS (VmHWM in /proc) stayed under its
//     role's bound;
//   - processes: none of the testnet is left after Down.
//
// As root with ip and nft (Runner.Netns) every testnet runs in the netns
// mode of package testnet, each process a host of its own, so network
// scenarios cut single links (partition-provers) and shape each process's
// link: tc netem where the kernel has it; else packets lost with
// nftables' numgen (packet-loss) and held by a netfilter queue this
// process reads (latency-loss, latency-loss-high; testnet.Delay);
// elsewhere they run on loopback or are skipped, saying why (netem.go).
//
// Results render as the table that `make test-chaos` writes into
// RELIABILITY.md (Table, UpdateFile).
package chaos
