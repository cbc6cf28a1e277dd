package testnet

import "errors"

var (
	// ErrConfig is a bad Config: a flag out of range or a missing binary.
	ErrConfig = errors.New("testnet: bad configuration")
	// ErrNoTestnet is a directory with no testnet state.
	ErrNoTestnet = errors.New("testnet: no testnet")
	// ErrCorrupt is a state file that cannot be read.
	ErrCorrupt = errors.New("testnet: unreadable state")
	// ErrRunning is Up on a testnet whose processes still run.
	ErrRunning = errors.New("testnet: already up")
	// ErrBusy is a second command on a directory another one is changing.
	ErrBusy = errors.New("testnet: busy")
	// ErrNoProcess names a process the testnet does not have.
	ErrNoProcess = errors.New("testnet: no such process")
	// ErrStart is a process that exited or never became ready.
	ErrStart = errors.New("testnet: process failed to start")
	// ErrNotReady is a network that did not come together in time.
	ErrNotReady = errors.New("testnet: network not ready")
	// ErrNetns is the netns mode where it cannot run (not root, ip
	// missing, a kernel without namespaces), or a link helper on a
	// loopback testnet.
	ErrNetns = errors.New("testnet: network namespaces unavailable")
	// ErrNoNetem is link shaping where tc netem cannot run (a kernel
	// without sch_netem).
	ErrNoNetem = errors.New("testnet: no netem")
	// ErrCPULimit is Config.ProverCPUs where CPU limits cannot be set
	// (not root, no cgroup cpu controller).
	ErrCPULimit = errors.New("testnet: CPU limits unavailable")
)
