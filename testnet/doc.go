// Package testnet starts a whole local Aoraki network — the embedded chain,
// a bootstrap node, more nodes and provers — as separate OS processes on
// loopback (or, in the netns mode, each in a network namespace of its own),
// and controls it afterwards from other processes: status, logs,
// killing and restarting one process, and tearing everything down. The
// `zkpool testnet` and `zkpool demo` commands and the end-to-end tests
// call it; it runs the real zkpool-node and zkpool-peer binaries, never
// code of its own in their place.
//
// # Layout of a testnet directory
//
//	DIR/testnet.json        the state: every process's name, command, pid and log
//	DIR/password            keystore password of every process (0600, random)
//	DIR/net/                the chain's data (net/chain), network.json, deploy log
//	DIR/node1 … nodeN       zkpool-node data dirs (node1 runs with --bootstrap)
//	DIR/prover1 … proverM   zkpool-peer data dirs
//	DIR/<name>/log.txt      the process's stdout and stderr, appended across restarts
//	DIR/netns.json          netns mode: the namespaces and links made, until Down removes them
//
// A second Up on the same directory reuses every key, the chain's data and
// the deployed contract, so task history, stakes and balances survive; only
// ports that are now taken are replaced (and the network file rewritten).
//
// # Processes
//
// Children run in their own session (setsid), so they outlive the command
// that started them and a Ctrl-C in its terminal does not reach them. A
// process is identified by its pid and its start time in /proc, so a
// recycled pid is never signalled. Down stops provers, then nodes, then the
// chain, each with SIGTERM (the binaries finish cleanly on it) and SIGKILL
// after a grace period, and returns only when none is left. Kill sends
// SIGKILL at once: it is the fault injection researchers ask for; Stop
// (SIGTERM) takes a process down until Restart. Package testnet/chaos
// runs scenarios of such faults and checks the network's invariants.
//
// # Network namespaces
//
// With Config.Netns (`zkpool testnet up --netns`, root) every process runs
// in a network namespace of its own (started with `ip netns exec`), with
// its own address on a bridge, listening on fixed ports of it: the chain's
// RPC, the nodes' libp2p and API addresses and the bootstrap addresses are
// those addresses, reachable from every namespace and from the caller's
// (through one uplink interface). Names and the /24 derive from the
// directory, so testnets never collide (see netns.go for the plan).
// Partition and Heal cut and restore one link (nftables), Lose drops a
// random share of what a process sends (nftables numgen), Unplug and Plug
// a whole process, Shape adds tc netem latency and loss where the kernel
// has sch_netem (else ErrNoNetem says so). Config.NATProvers puts the last
// provers behind a masquerading router namespace of their own LAN. Where the mode cannot run,
// NetnsAvailable, and Up, name what is missing (ErrNetns).
//
// # Provers on machines of their own
//
// With Config.ProverCPUs (`zkpool testnet up --prover-cpus C`, root)
// every prover runs as on a machine of C cores: a CPU quota in a control
// group of its own and GOMAXPROCS rounded up to C (cpulimit.go). One host
// then stands for K home machines: 4 provers at 0.5 on 2 cores prove as
// four half-core machines would, not as four processes racing for both
// cores. BenchmarkProversOnOwnMachines measures the market's end-to-end
// bound so. Where the limits cannot be set, CPULimitAvailable, and Up,
// name what is missing (ErrCPULimit).
//
// # Keys and roles
//
// The chain funds ten public development keys: key 0 deploys, node i uses
// key i (so at most 8 nodes), key 9 is left to the requester (`--dev-key 9`).
// Provers make their own payout keys, which need no ether. Bad provers run
// with `zkpool-peer join --misbehave MODE`; which provers misbehave is drawn
// from the seed, so a run can be repeated.
package testnet
