package chaos

import (
	"bytes"
	"context"
	"fmt"
	"os"
	"strconv"
	"strings"
	"sync"
	"time"

	"github.com/zkpool/aoraki/testnet"
)

// RSSBounds is the peak resident memory each role may reach, in bytes.
// Measured over the suite on Iris with 3 nodes and 4 provers: a node at
// most 128 MiB, a prover 101 MiB, the chain 92 MiB; the bounds leave
// about four times that.
var RSSBounds = map[string]uint64{
	"chain":  512 << 20,
	"node":   512 << 20,
	"prover": 512 << 20,
}

// peakRSS is a process's peak resident set (VmHWM) in bytes.
func peakRSS(pid int) (uint64, error) {
	b, err := os.ReadFile("/proc/" + strconv.Itoa(pid) + "/status")
	if err != nil {
		return 0, err
	}
	for _, l := range strings.Split(string(b), "\n") {
		if v, ok := strings.CutPrefix(l, "VmHWM:"); ok {
			f := strings.Fields(v)
			if len(f) == 0 {
				break
			}
			kb, err := strconv.ParseUint(f[0], 10, 64)
			return kb << 10, err
		}
	}
	return 0, fmt.Errorf("/proc/%d/status: no VmHWM", pid)
}

// rssSampler keeps each process's highest peak RSS, sampled every second
// and before every kill or stop.
type rssSampler struct {
	tn   *testnet.Testnet
	mu   sync.Mutex
	peak map[string]uint64 // by process name
	role map[string]string
}

func newRSSSampler(tn *testnet.Testnet) *rssSampler {
	return &rssSampler{tn: tn, peak: map[string]uint64{}, role: map[string]string{}}
}

func (s *rssSampler) sample() {
	st, err := s.tn.Status()
	if err != nil {
		return
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	for _, p := range st {
		if !p.Running {
			continue
		}
		if v, err := peakRSS(p.PID); err == nil && v > s.peak[p.Name] {
			s.peak[p.Name] = v
		}
		s.role[p.Name] = p.Role
	}
}

func (s *rssSampler) run(ctx context.Context) {
	t := time.NewTicker(time.Second)
	defer t.Stop()
	for {
		s.sample()
		select {
		case <-ctx.Done():
			return
		case <-t.C:
		}
	}
}

// peaks returns a copy of the peaks by process name, with their roles.
func (s *rssSampler) peaks() (map[string]uint64, map[string]string) {
	s.mu.Lock()
	defer s.mu.Unlock()
	p, r := map[string]uint64{}, map[string]string{}
	for k, v := range s.peak {
		p[k], r[k] = v, s.role[k]
	}
	return p, r
}

// leftBehind lists the live processes (not zombies) whose command line
// mentions dir.
func leftBehind(dir string) []string {
	ents, err := os.ReadDir("/proc")
	if err != nil {
		return []string{err.Error()}
	}
	var out []string
	for _, e := range ents {
		pid, err := strconv.Atoi(e.Name())
		if err != nil || pid == os.Getpid() {
			continue
		}
		cmd, err := os.ReadFile(fmt.Sprintf("/proc/%d/cmdline", pid))
		if err != nil || !bytes.Contains(cmd, []byte(dir)) {
			continue
		}
		stat, err := os.ReadFile(fmt.Sprintf("/proc/%d/stat", pid))
		if err != nil {
			continue
		}
		if i := bytes.LastIndexByte(stat, ')'); i > 0 && len(stat) > i+2 && stat[i+2] == 'Z' {
			continue
		}
		out = append(out, fmt.Sprintf("%d %s", pid, bytes.ReplaceAll(cmd, []byte{0}, []byte{' '})))
	}
	return out
}
