package testnet

import (
	"context"
	"errors"
	"fmt"
	"os"
	"sync"
	"syscall"
	"time"

	"github.com/zkpool/aoraki/protocol/status"
)

// stopGrace is how long Down and Restart wait after SIGTERM.
const stopGrace = 20 * time.Second

// stopAll stops every process, provers first and the chain last; the
// caller holds t.mu.
func (t *Testnet) stopAll(grace time.Duration) error {
	var errs []error
	for i := len(roles) - 1; i >= 0; i-- {
		ps := byRole(t.st.Procs, roles[i])
		var wg sync.WaitGroup
		errc := make([]error, len(ps))
		for k, p := range ps {
			wg.Add(1)
			go func() {
				defer wg.Done()
				errc[k] = p.stop(grace)
			}()
		}
		wg.Wait()
		for k, p := range ps {
			if errc[k] != nil {
				errs = append(errs, errc[k])
				continue
			}
			p.PID, p.StartTicks = 0, 0
		}
	}
	return errors.Join(errs...)
}

// Down stops every process of the testnet and returns once none is left,
// then removes a netns testnet's namespaces, bridge and links. The data
// stays: a later Up reuses it.
func (t *Testnet) Down(ctx context.Context) error {
	return t.withState(func() error {
		err := errors.Join(t.stopAll(stopGrace), t.closeDelayers())
		if err == nil {
			// Every process is gone, so are its namespace's users and
			// its control group's.
			if err = removeNetns(t.dir); err == nil {
				t.st.Netns = nil
			}
			err = errors.Join(err, removeCPULimits(t.dir, t.st.Procs))
		}
		if serr := t.save(); err == nil {
			err = serr
		}
		return err
	})
}

// Freeze stops process name's whole group with SIGSTOP, as a paused VM
// or a laptop lid closed: its sockets stay open and nothing it holds is
// lost, but it does nothing until Thaw (SIGCONT) resumes it.
func (t *Testnet) Freeze(name string) error { return t.sendTo(name, syscall.SIGSTOP) }

// Thaw resumes a process Freeze stopped.
func (t *Testnet) Thaw(name string) error { return t.sendTo(name, syscall.SIGCONT) }

func (t *Testnet) sendTo(name string, sig syscall.Signal) error {
	return t.withProc(name, func(p *Proc) error {
		if !p.Running() {
			return fmt.Errorf("%w: %s is not running", ErrNoProcess, p.Name)
		}
		return p.signal(sig)
	})
}

// Kill sends SIGKILL to process name and waits until it is gone.
func (t *Testnet) Kill(name string) error {
	return t.withProc(name, func(p *Proc) error {
		return t.kill(p)
	})
}

func (t *Testnet) kill(p *Proc) error {
	if !p.Running() {
		return fmt.Errorf("%w: %s is not running", ErrNoProcess, p.Name)
	}
	if err := p.signal(syscall.SIGKILL); err != nil {
		return err
	}
	if !waitGone(p, 10*time.Second) {
		return fmt.Errorf("%s (pid %d) survives SIGKILL", p.Name, p.PID)
	}
	p.PID, p.StartTicks = 0, 0
	return t.save()
}

// Stop stops process name (SIGTERM, then SIGKILL after the grace period)
// and waits until it is gone; Restart starts it again. It is a fault
// injection too: a process down for a while, its data kept.
func (t *Testnet) Stop(name string) error {
	return t.withProc(name, func(p *Proc) error {
		if !p.Running() {
			return fmt.Errorf("%w: %s is not running", ErrNoProcess, p.Name)
		}
		if err := p.stop(stopGrace); err != nil {
			return err
		}
		p.PID, p.StartTicks = 0, 0
		return t.save()
	})
}

// Restart stops process name if it runs (SIGTERM, then SIGKILL), starts it
// again with the same command line and waits until it is ready.
func (t *Testnet) Restart(ctx context.Context, name string) error {
	return t.withProc(name, func(p *Proc) error {
		return t.restart(ctx, p)
	})
}

func (t *Testnet) restart(ctx context.Context, p *Proc) error {
	if p.Role != "chain" {
		if c, _ := t.proc("chain"); c != nil && !c.Running() {
			return fmt.Errorf("%w: the chain is not running (restart it first: 'zkpool testnet restart chain --dir %s')", ErrStart, t.dir)
		}
	}
	if err := p.stop(stopGrace); err != nil {
		return err
	}
	p.PID, p.StartTicks = 0, 0
	if p.Role == "prover" {
		// A stale status file would say the prover is up.
		status.Remove(p.Dir)
	}
	return t.launch(ctx, []*Proc{p}, os.Environ(), 3*time.Minute)
}

// withProc runs f on process name under withState.
func (t *Testnet) withProc(name string, f func(*Proc) error) error {
	return t.withState(func() error {
		p, err := t.proc(name)
		if err != nil {
			return err
		}
		return f(p)
	})
}

// withState runs f holding the directory's lock and t.mu, with the state
// reread first.
func (t *Testnet) withState(f func() error) error {
	unlock, err := lock(t.dir)
	if err != nil {
		return err
	}
	defer unlock()
	t.mu.Lock()
	defer t.mu.Unlock()
	if err := t.reload(); err != nil {
		return err
	}
	return f()
}

// reload rereads the state another command may have changed; the caller
// holds t.mu and the directory lock.
func (t *Testnet) reload() error {
	st, err := loadState(t.dir)
	if err != nil {
		return err
	}
	t.st = *st
	return nil
}

// ProcStatus is one process as Status sees it.
type ProcStatus struct {
	Name      string `json:"name"`
	Role      string `json:"role"`
	Running   bool   `json:"running"`
	PID       int    `json:"pid,omitempty"`
	Misbehave string `json:"misbehave,omitempty"`
	Address   string `json:"address,omitempty"`
	Bootstrap string `json:"bootstrap,omitempty"`
	API       string `json:"api,omitempty"`
	// Netns and IP: the process's namespace and address (netns mode);
	// NAT: behind the testnet's router.
	Netns string `json:"netns,omitempty"`
	IP    string `json:"ip,omitempty"`
	NAT   bool   `json:"nat,omitempty"`
	Log   string `json:"log"`
	// Node and Prover are the running process's own status (its status
	// file: a node's peers and tasks, a prover's bids, proofs and
	// earnings).
	Node   *status.Node   `json:"node,omitempty"`
	Prover *status.Prover `json:"prover,omitempty"`
}

// Status reports every process: whether it runs and, if so, what its own
// status file says.
func (t *Testnet) Status() ([]ProcStatus, error) {
	t.mu.Lock()
	defer t.mu.Unlock()
	if err := t.reload(); err != nil {
		return nil, err
	}
	var out []ProcStatus
	for _, p := range t.st.Procs {
		s := ProcStatus{Name: p.Name, Role: p.Role, Running: p.Running(), Misbehave: p.Misbehave, Address: p.Address,
			Bootstrap: p.Bootstrap, API: p.API, Netns: p.Netns, IP: p.IP, NAT: p.NAT, Log: p.Log()}
		if s.Running {
			s.PID = p.PID
			switch p.Role {
			case "node":
				s.Node, _ = status.ReadNode(p.Dir)
			case "prover":
				s.Prover, _ = status.ReadProver(p.Dir)
			}
		}
		out = append(out, s)
	}
	return out, nil
}
