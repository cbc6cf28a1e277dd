package daemon

import (
	"context"
	"os"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/zkpool/aoraki/protocol/status"
)

// Status is what the prover says about itself (its status file).
func (d *Daemon) Status() status.Prover {
	st := d.engine.Stats()
	earned := "0"
	if st.Earned != nil {
		earned = st.Earned.String()
	}
	s := status.Prover{PayoutAddress: common.Address(d.engine.Address()).Hex(), PeerID: d.net.ID().String(),
		Bids: st.Bids, Awards: st.Awards, Proven: st.Proven, Delivered: st.Delivered, Failed: st.Failed, Ignored: st.Ignored,
		Queued: st.Queued, Earned: earned, Time: time.Now().UTC()}
	if h := d.net.Host(); h != nil {
		s.ConnectedPeers = len(h.Network().Peers())
	}
	return s
}

// statusFile is the service that keeps the prover's status file in its
// data directory: written at start and every status.Interval, removed at
// Close.
type statusFile struct {
	d      *Daemon
	cancel context.CancelFunc
	wg     sync.WaitGroup
}

func (f *statusFile) write() error {
	s := f.d.Status()
	s.PID = os.Getpid()
	return status.Write(f.d.cfg.DataDir, s)
}

func (f *statusFile) Start(context.Context) error {
	if err := f.write(); err != nil {
		return err
	}
	ctx, cancel := context.WithCancel(context.Background())
	f.cancel = cancel
	f.wg.Add(1)
	go func() {
		defer f.wg.Done()
		tick := time.NewTicker(status.Interval)
		defer tick.Stop()
		for {
			select {
			case <-ctx.Done():
				return
			case <-tick.C:
				if err := f.write(); err != nil {
					f.d.log.Warn("status file", "err", err)
				}
			}
		}
	}()
	return nil
}

func (f *statusFile) Close() error {
	f.cancel()
	f.wg.Wait()
	return status.Remove(f.d.cfg.DataDir)
}
