package testnet

import (
	"bytes"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"slices"
	"strconv"
	"strings"
	"syscall"
	"time"
)

// Proc is one process of a testnet, as recorded in testnet.json.
type Proc struct {
	// Name is chain, node1…, prover1….
	Name string `json:"name"`
	// Role is chain, node or prover.
	Role string `json:"role"`
	// Dir is the process's data directory; its log is Dir/log.txt.
	Dir string `json:"dir"`
	// Bin and Args are the command line.
	Bin  string   `json:"bin"`
	Args []string `json:"args"`
	// PID and StartTicks identify the running process (0: not started).
	PID        int    `json:"pid,omitempty"`
	StartTicks uint64 `json:"start_ticks,omitempty"`
	// Misbehave is a bad prover's mode.
	Misbehave string `json:"misbehave,omitempty"`
	// Address is the node's or prover's Ethereum address, once known.
	Address string `json:"address,omitempty"`
	// Bootstrap is a node's libp2p multiaddr with /p2p/.
	Bootstrap string `json:"bootstrap,omitempty"`
	// API is a node's HTTP API address (host:port).
	API string `json:"api,omitempty"`
	// Netns and IP are the process's network namespace and address in a
	// netns testnet ("": loopback).
	Netns string `json:"netns,omitempty"`
	IP    string `json:"ip,omitempty"`
	// NAT: a prover behind the netns testnet's masquerading router.
	NAT bool `json:"nat,omitempty"`
	// CPUs limits the process to that many cores (Config.ProverCPUs).
	CPUs float64 `json:"cpus,omitempty"`
}

// Log is the path of the process's log file.
func (p *Proc) Log() string { return p.Dir + "/" + LogFile }

// LogFile is the log's name inside each process's data directory.
const LogFile = "log.txt"

// procInfo reads the state and start time of pid from /proc.
func procInfo(pid int) (state byte, start uint64, err error) {
	b, err := os.ReadFile("/proc/" + strconv.Itoa(pid) + "/stat")
	if err != nil {
		return 0, 0, err
	}
	// The command name may hold spaces and parentheses: fields start
	// after the last ')'.
	i := bytes.LastIndexByte(b, ')')
	if i < 0 {
		return 0, 0, fmt.Errorf("/proc/%d/stat: malformed", pid)
	}
	f := strings.Fields(string(b[i+1:]))
	if len(f) < 20 {
		return 0, 0, fmt.Errorf("/proc/%d/stat: %d fields", pid, len(f))
	}
	start, err = strconv.ParseUint(f[19], 10, 64) // field 22 of stat
	if err != nil {
		return 0, 0, fmt.Errorf("/proc/%d/stat: start time: %v", pid, err)
	}
	return f[0][0], start, nil
}

// Running reports whether p's recorded process is alive: the pid exists,
// is not a zombie, and started when recorded.
func (p *Proc) Running() bool {
	if p.PID <= 0 {
		return false
	}
	state, start, err := procInfo(p.PID)
	if err != nil {
		return false
	}
	return state != 'Z' && state != 'X' && start == p.StartTicks
}

// signal sends sig to p's process group, if p is still the recorded process.
func (p *Proc) signal(sig syscall.Signal) error {
	if !p.Running() {
		return nil
	}
	// Each child leads its own session and group.
	if err := syscall.Kill(-p.PID, sig); err != nil && !errors.Is(err, syscall.ESRCH) {
		return fmt.Errorf("%s (pid %d): %w", p.Name, p.PID, err)
	}
	return nil
}

// start launches p detached, appending its output to its log, and returns
// a channel closed when it exits (reaped by this process while it lives)
// and the log's size before the start, where its new output begins.
func (p *Proc) start(env []string) (<-chan struct{}, int64, error) {
	lf, err := os.OpenFile(p.Log(), os.O_CREATE|os.O_WRONLY|os.O_APPEND, 0o600)
	if err != nil {
		return nil, 0, err
	}
	defer lf.Close()
	fmt.Fprintf(lf, "==== %s: %s %s\n", time.Now().UTC().Format(time.RFC3339), p.Bin, strings.Join(p.Args, " "))
	off, err := lf.Seek(0, 2)
	if err != nil {
		return nil, 0, err
	}
	cmd := exec.Command(p.Bin, p.Args...)
	if p.Netns != "" {
		// ip execs the program in place: the pid is the program's.
		cmd = exec.Command("ip", append([]string{"netns", "exec", p.Netns, p.Bin}, p.Args...)...)
	}
	cmd.Dir = p.Dir
	cmd.Env = env
	if p.CPUs > 0 {
		cmd.Env = append(slices.Clip(env), fmt.Sprintf("GOMAXPROCS=%d", gomaxprocs(p.CPUs)))
	}
	cmd.Stdout, cmd.Stderr = lf, lf
	cmd.SysProcAttr = &syscall.SysProcAttr{Setsid: true}
	if err := cmd.Start(); err != nil {
		return nil, 0, fmt.Errorf("start %s: %w", p.Name, err)
	}
	p.PID = cmd.Process.Pid
	if _, p.StartTicks, err = procInfo(p.PID); err == nil && p.CPUs > 0 {
		err = limitCPU(p, p.PID)
	}
	if err != nil {
		cmd.Process.Kill()
		cmd.Wait()
		return nil, 0, fmt.Errorf("start %s: %w", p.Name, err)
	}
	done := make(chan struct{})
	go func() {
		cmd.Wait()
		close(done)
	}()
	return done, off, nil
}

// stop ends p: SIGTERM, then SIGKILL after grace. It returns once the
// process is gone.
func (p *Proc) stop(grace time.Duration) error {
	if err := p.signal(syscall.SIGTERM); err != nil {
		return err
	}
	if waitGone(p, grace) {
		return nil
	}
	if err := p.signal(syscall.SIGKILL); err != nil {
		return err
	}
	if !waitGone(p, 10*time.Second) {
		return fmt.Errorf("%s (pid %d) survives SIGKILL", p.Name, p.PID)
	}
	return nil
}

// waitGone polls until p is no longer running or timeout passes. Another
// process (init) may be the one that reaps it, so there is no exit to
// wait on; /proc is the only witness.
func waitGone(p *Proc, timeout time.Duration) bool {
	deadline := time.Now().Add(timeout)
	for p.Running() {
		if time.Now().After(deadline) {
			return false
		}
		time.Sleep(20 * time.Millisecond)
	}
	return true
}
