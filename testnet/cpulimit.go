package testnet

import (
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"math"
	"os"
	"path/filepath"
	"runtime"
	"strconv"
	"strings"
)

// CPU limits (Config.ProverCPUs): each prover runs as on a machine of its
// own with that many cores, which one host cannot otherwise give K
// provers: its process gets a CPU quota in a control group of its own
// (cgroup v2's cpu.max where the unified hierarchy has the cpu
// controller, else v1's cpu.cfs_quota_us), and GOMAXPROCS rounded up so
// that the Go runtime (and gnark's parallel prover) runs no more threads
// than the cores it has. The group is named for the testnet directory and
// the process, made at each start (so Restart keeps the limit) and
// removed by Down. Root only, like the netns mode.

// cgroupPeriodUS is the quota's period: 100 ms, the kernel's default.
const cgroupPeriodUS = 100_000

// cgroupRoot is where the groups go, and whether it is cgroup v2.
type cgroupRoot struct {
	dir string
	v2  bool
}

// cgroupBase is the mount point of the cgroup hierarchies.
const cgroupBase = "/sys/fs/cgroup"

// findCgroup finds a hierarchy with the cpu controller, or says what is
// missing (ErrCPULimit).
func findCgroup() (cgroupRoot, error) {
	if os.Geteuid() != 0 {
		return cgroupRoot{}, fmt.Errorf("%w: CPU limits need root (a control group per prover)", ErrCPULimit)
	}
	if b, err := os.ReadFile(filepath.Join(cgroupBase, "cgroup.controllers")); err == nil && hasWord(string(b), "cpu") {
		// Children get the cpu controller only where it is in the
		// parent's subtree_control; enabling it fails in a cgroup
		// namespace whose root holds processes.
		ctl := filepath.Join(cgroupBase, "cgroup.subtree_control")
		if b, err := os.ReadFile(ctl); err != nil || !hasWord(string(b), "cpu") {
			if err := os.WriteFile(ctl, []byte("+cpu"), 0o644); err != nil {
				return cgroupRoot{}, fmt.Errorf("%w: cannot enable the cpu controller in %s: %v", ErrCPULimit, ctl, err)
			}
		}
		return cgroupRoot{dir: cgroupBase, v2: true}, nil
	}
	if _, err := os.Stat(filepath.Join(cgroupBase, "cpu", "cpu.cfs_quota_us")); err == nil {
		return cgroupRoot{dir: filepath.Join(cgroupBase, "cpu")}, nil
	}
	return cgroupRoot{}, fmt.Errorf("%w: no cpu controller under %s (cgroup v2 cgroup.controllers, or v1 cpu/cpu.cfs_quota_us)", ErrCPULimit, cgroupBase)
}

func hasWord(s, w string) bool {
	for _, f := range strings.Fields(s) {
		if f == w {
			return true
		}
	}
	return false
}

// CPULimitAvailable says whether this machine can give provers CPU
// limits (nil), or what is missing.
func CPULimitAvailable() error {
	_, err := findCgroup()
	return err
}

// cgroupName is the group of process name of the testnet in dir.
func cgroupName(dir, name string) string {
	abs, err := filepath.Abs(dir)
	if err != nil {
		abs = dir
	}
	h := sha256.Sum256([]byte(abs))
	return "zkpool-" + hex.EncodeToString(h[:4]) + "-" + name
}

// gomaxprocs is the GOMAXPROCS of a process limited to cpus cores.
func gomaxprocs(cpus float64) int { return max(1, int(math.Ceil(cpus))) }

// checkCPUs validates a per-process CPU limit: 0 (none) or a share of
// this machine's cores, at least a hundredth of one.
func checkCPUs(cpus float64) error {
	switch {
	case cpus == 0:
		return nil
	case math.IsNaN(cpus) || cpus < 0.01:
		return fmt.Errorf("%w: --prover-cpus %v: want 0 (no limit) or at least 0.01 of a core", ErrConfig, cpus)
	case cpus > float64(runtime.NumCPU()):
		return fmt.Errorf("%w: --prover-cpus %v: more than this machine's %d cores", ErrConfig, cpus, runtime.NumCPU())
	}
	return nil
}

// limitCPU puts the running process pid, p's, in a group of its own
// limited to p.CPUs cores.
func limitCPU(p *Proc, pid int) error {
	root, err := findCgroup()
	if err != nil {
		return err
	}
	g := filepath.Join(root.dir, cgroupName(filepath.Dir(p.Dir), p.Name))
	if err := os.MkdirAll(g, 0o755); err != nil {
		return fmt.Errorf("%w: %v", ErrCPULimit, err)
	}
	quota := strconv.Itoa(max(1000, int(p.CPUs*cgroupPeriodUS)))
	write := func(file, v string) error {
		if err := os.WriteFile(filepath.Join(g, file), []byte(v), 0o644); err != nil {
			return fmt.Errorf("%w: %s: %v", ErrCPULimit, file, err)
		}
		return nil
	}
	if root.v2 {
		err = write("cpu.max", quota+" "+strconv.Itoa(cgroupPeriodUS))
	} else {
		err = errors.Join(write("cpu.cfs_period_us", strconv.Itoa(cgroupPeriodUS)), write("cpu.cfs_quota_us", quota))
	}
	if err != nil {
		return err
	}
	// cgroup.procs moves every thread of the process; the threads it
	// starts later are born in the group.
	return write("cgroup.procs", strconv.Itoa(pid))
}

// removeCPULimits removes the groups of ps, whose processes are gone.
func removeCPULimits(dir string, ps []*Proc) error {
	root, err := findCgroup()
	if err != nil {
		return nil // nothing can have been made
	}
	var errs []error
	for _, p := range ps {
		if p.CPUs == 0 {
			continue
		}
		if err := os.Remove(filepath.Join(root.dir, cgroupName(dir, p.Name))); err != nil && !errors.Is(err, os.ErrNotExist) {
			errs = append(errs, fmt.Errorf("%s's control group: %w", p.Name, err))
		}
	}
	return errors.Join(errs...)
}
