package testnet

import (
	"crypto/rand"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"io/fs"
	"math/big"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"syscall"
	"time"

	prv "github.com/zkpool/aoraki/prover/peer"
)

// StateFile is the testnet's state inside its directory.
const StateFile = "testnet.json"

// MaxNodes is the most nodes a testnet has: dev keys 1 to 8.
const MaxNodes = 8

// MaxProvers bounds --provers: each is a process with its own proving
// keys in memory.
const MaxProvers = 32

// RequesterDevKey is the development key left for requesters.
const RequesterDevKey = 9

// Config says what Up starts.
type Config struct {
	// Dir holds every data dir, log and the state file.
	Dir string
	// Nodes (1 to MaxNodes) and Provers (0 to MaxProvers).
	Nodes, Provers int
	// BadProvers of the provers misbehave as BadMode.
	BadProvers int
	BadMode    string
	// BadPrice, when set, is the bad provers' asking price in wei per
	// million constraints (else drawn like the others').
	BadPrice *big.Int
	// Seed draws which provers are bad and each prover's asking price
	// (0: a random seed, printed and recorded).
	Seed uint64
	// BinDir holds zkpool-node and zkpool-peer ("": next to this
	// executable, else on $PATH).
	BinDir string
	// LogLevel of every process: debug, info, warn or error.
	LogLevel string
	// ReadyTimeout bounds the wait for the whole network.
	ReadyTimeout time.Duration
	// Netns runs every process in a network namespace of its own, with
	// its own address on a bridge (root only; see NetnsAvailable).
	Netns bool
	// NATProvers of the provers (the last ones) sit behind a
	// masquerading router, as at home: they dial out, nothing dials in
	// (netns mode only).
	NATProvers int
	// ProverCPUs, when positive, runs each prover as on a machine of that
	// many cores of its own (a CPU quota in a control group; root only,
	// see CPULimitAvailable): K provers on one host then prove as K such
	// machines would.
	ProverCPUs float64
	// ChainAdmin has the chain serve its fault hooks (devchain.Admin:
	// reorganise, hold transactions by the miner's tip) for fault tests.
	ChainAdmin bool
}

// DefaultConfig is 3 nodes and 4 honest provers in dir.
func DefaultConfig(dir string) Config {
	return Config{Dir: dir, Nodes: 3, Provers: 4, BadMode: prv.InvalidProof, LogLevel: "info", ReadyTimeout: 4 * time.Minute}
}

// Validate checks every field.
func (c Config) Validate() error {
	switch {
	case c.Dir == "":
		return fmt.Errorf("%w: no directory", ErrConfig)
	case c.Nodes < 1 || c.Nodes > MaxNodes:
		return fmt.Errorf("%w: --nodes %d: want 1 to %d (one public dev key each)", ErrConfig, c.Nodes, MaxNodes)
	case c.Provers < 0 || c.Provers > MaxProvers:
		return fmt.Errorf("%w: --provers %d: want 0 to %d", ErrConfig, c.Provers, MaxProvers)
	case c.BadProvers < 0 || c.BadProvers > c.Provers:
		return fmt.Errorf("%w: --bad-provers %d: want 0 to the number of provers (%d)", ErrConfig, c.BadProvers, c.Provers)
	case c.NATProvers < 0 || c.NATProvers > c.Provers:
		return fmt.Errorf("%w: --nat-provers %d: want 0 to the number of provers (%d)", ErrConfig, c.NATProvers, c.Provers)
	case c.NATProvers > 0 && !c.Netns:
		return fmt.Errorf("%w: --nat-provers needs --netns (a router needs namespaces)", ErrConfig)
	case c.ReadyTimeout <= 0:
		return fmt.Errorf("%w: ready timeout must be positive", ErrConfig)
	}
	if err := checkCPUs(c.ProverCPUs); err != nil {
		return err
	}
	if !slices.Contains(prv.Modes, c.BadMode) {
		return fmt.Errorf("%w: bad prover mode %q: want one of %s", ErrConfig, c.BadMode, strings.Join(prv.Modes, ", "))
	}
	if c.BadPrice != nil && c.BadPrice.Sign() <= 0 {
		return fmt.Errorf("%w: bad provers' price must be positive", ErrConfig)
	}
	switch c.LogLevel {
	case "debug", "info", "warn", "error":
	default:
		return fmt.Errorf("%w: --log-level %q: want debug, info, warn or error", ErrConfig, c.LogLevel)
	}
	return nil
}

// State is what testnet.json records.
type State struct {
	Version int    `json:"version"`
	Seed    uint64 `json:"seed"`
	// NetworkFile is the network file every process and requester uses.
	NetworkFile string `json:"network_file"`
	// RPCURL is the chain's JSON-RPC endpoint.
	RPCURL string `json:"rpc_url"`
	// Dashboard is the bootstrap node's dashboard URL ("" without API).
	Dashboard string  `json:"dashboard,omitempty"`
	Procs     []*Proc `json:"procs"`
	// Netns is the network of a netns testnet while it is up (nil:
	// loopback, or down).
	Netns *Netns `json:"netns,omitempty"`
}

// Testnet is a testnet directory and the processes recorded in it.
type Testnet struct {
	dir string

	mu       sync.Mutex
	st       State
	children map[string]<-chan struct{} // processes this process started
	delayers map[string]*Delayer        // Delay's, by process
}

// Open reads the testnet in dir.
func Open(dir string) (*Testnet, error) {
	abs, err := filepath.Abs(dir)
	if err != nil {
		return nil, err
	}
	st, err := loadState(abs)
	if err != nil {
		return nil, err
	}
	return &Testnet{dir: abs, st: *st, children: map[string]<-chan struct{}{}}, nil
}

func loadState(dir string) (*State, error) {
	b, err := os.ReadFile(filepath.Join(dir, StateFile))
	if errors.Is(err, fs.ErrNotExist) {
		return nil, fmt.Errorf("%w: no %s in %s (start one with 'zkpool testnet up --dir %s')", ErrNoTestnet, StateFile, dir, dir)
	}
	if err != nil {
		return nil, err
	}
	var st State
	if err := json.Unmarshal(b, &st); err != nil {
		return nil, fmt.Errorf("%w: %s: %v", ErrCorrupt, filepath.Join(dir, StateFile), err)
	}
	if st.Version != 1 {
		return nil, fmt.Errorf("%w: %s: version %d (this zkpool reads version 1)", ErrCorrupt, filepath.Join(dir, StateFile), st.Version)
	}
	return &st, nil
}

// save writes the state atomically; the caller holds t.mu.
func (t *Testnet) save() error {
	b, err := json.MarshalIndent(&t.st, "", "  ")
	if err != nil {
		return err
	}
	p := filepath.Join(t.dir, StateFile)
	if err := os.WriteFile(p+".tmp", append(b, '\n'), 0o600); err != nil {
		return err
	}
	return os.Rename(p+".tmp", p)
}

// Dir is the testnet's directory.
func (t *Testnet) Dir() string { return t.dir }

// State is a copy of the recorded state.
func (t *Testnet) State() State {
	t.mu.Lock()
	defer t.mu.Unlock()
	st := t.st
	st.Procs = make([]*Proc, len(t.st.Procs))
	for i, p := range t.st.Procs {
		c := *p
		st.Procs[i] = &c
	}
	return st
}

// proc finds a process by name; the caller holds t.mu.
func (t *Testnet) proc(name string) (*Proc, error) {
	for _, p := range t.st.Procs {
		if p.Name == name {
			return p, nil
		}
	}
	var names []string
	for _, p := range t.st.Procs {
		names = append(names, p.Name)
	}
	return nil, fmt.Errorf("%w: %q (this testnet has %s)", ErrNoProcess, name, strings.Join(names, ", "))
}

// LogPath is the log file of process name.
func (t *Testnet) LogPath(name string) (string, error) {
	t.mu.Lock()
	defer t.mu.Unlock()
	p, err := t.proc(name)
	if err != nil {
		return "", err
	}
	return p.Log(), nil
}

// lock takes the directory's lock, so that two commands never change one
// testnet at once; the returned function releases it.
func lock(dir string) (func(), error) {
	f, err := os.OpenFile(filepath.Join(dir, ".lock"), os.O_CREATE|os.O_RDWR, 0o600)
	if err != nil {
		return nil, err
	}
	if err := syscall.Flock(int(f.Fd()), syscall.LOCK_EX|syscall.LOCK_NB); err != nil {
		f.Close()
		return nil, fmt.Errorf("%w: another zkpool testnet command is working on %s; wait for it to finish", ErrBusy, dir)
	}
	return func() { syscall.Flock(int(f.Fd()), syscall.LOCK_UN); f.Close() }, nil
}

// Binaries are the programs a testnet runs.
type Binaries struct{ Node, Peer string }

// FindBinaries looks for zkpool-node and zkpool-peer in dir, else next to
// this executable, else on $PATH.
func FindBinaries(dir string) (Binaries, error) {
	var dirs []string
	if dir != "" {
		dirs = append(dirs, dir)
	} else if exe, err := os.Executable(); err == nil {
		dirs = append(dirs, filepath.Dir(exe))
	}
	find := func(name string) (string, error) {
		for _, d := range dirs {
			p := filepath.Join(d, name)
			if st, err := os.Stat(p); err == nil && !st.IsDir() && st.Mode()&0o111 != 0 {
				return filepath.Abs(p)
			}
		}
		if dir == "" {
			if p, err := exec.LookPath(name); err == nil {
				return filepath.Abs(p)
			}
		}
		where := "in " + strings.Join(dirs, ", ")
		if dir == "" {
			where += " or on $PATH"
		}
		return "", fmt.Errorf("%w: %s not found %s (run 'make build': it puts every binary in bin/)", ErrConfig, name, where)
	}
	var b Binaries
	var err error
	if b.Node, err = find("zkpool-node"); err != nil {
		return b, err
	}
	b.Peer, err = find("zkpool-peer")
	return b, err
}

// password returns the testnet's keystore password file, making it once.
func password(dir string) (string, error) {
	p := filepath.Join(dir, "password")
	if _, err := os.Stat(p); err == nil {
		return p, nil
	}
	var r [24]byte
	if _, err := rand.Read(r[:]); err != nil {
		return "", err
	}
	return p, os.WriteFile(p, []byte(hex.EncodeToString(r[:])+"\n"), 0o600)
}

// byRole returns the processes of a role, in order.
func byRole(ps []*Proc, role string) []*Proc {
	var out []*Proc
	for _, p := range ps {
		if p.Role == role {
			out = append(out, p)
		}
	}
	return out
}

// roles in start order; Down goes backwards.
var roles = []string{"chain", "node", "prover"}
