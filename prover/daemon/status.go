package daemon

import (
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
