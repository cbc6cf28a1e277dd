package discovery

import (
	"context"
	"fmt"
	"sort"
	"strings"
	"time"

	"github.com/libp2p/go-libp2p"
	"github.com/libp2p/go-libp2p/core/event"
	"github.com/libp2p/go-libp2p/core/peer"
	"github.com/libp2p/go-libp2p/core/protocol"
)

// NetworkOf returns the network names whose DHT protocol
// (/zkpool/<network>/kad/1.0.0) appears in protos, sorted.
func NetworkOf(protos []protocol.ID) []string {
	seen := map[string]bool{}
	for _, p := range protos {
		rest, ok := strings.CutPrefix(string(p), "/zkpool/")
		if !ok {
			continue
		}
		name, ok := strings.CutSuffix(rest, "/kad/1.0.0")
		if ok && name != "" && !strings.Contains(name, "/") {
			seen[name] = true
		}
	}
	out := make([]string, 0, len(seen))
	for n := range seen {
		out = append(out, n)
	}
	sort.Strings(out)
	return out
}

// Probe learns the network a peer serves from the protocols it announces
// (nodes and bootstrappers run the network's DHT in server mode), so that
// a prover needs nothing but a node's multiaddr to join. It dials from a
// throwaway host with no listen address, tries each of addrs (multiaddrs
// ending in /p2p/<id>) until one answers, and closes the host before it
// returns.
func Probe(ctx context.Context, addrs []string) (string, error) {
	infos, err := Config{Bootstrap: addrs}.bootstrapPeers()
	if err != nil {
		return "", err
	}
	if len(infos) == 0 {
		return "", fmt.Errorf("%w: no address to probe", ErrConfig)
	}
	h, err := libp2p.New(libp2p.NoListenAddrs, libp2p.DisableRelay())
	if err != nil {
		return "", err
	}
	defer h.Close()
	sub, err := h.EventBus().Subscribe([]any{new(event.EvtPeerIdentificationCompleted), new(event.EvtPeerIdentificationFailed)})
	if err != nil {
		return "", err
	}
	defer sub.Close()
	var errs []string
	for _, ai := range infos {
		name, err := probeOne(ctx, h, sub, ai)
		if err == nil {
			return name, nil
		}
		errs = append(errs, err.Error())
		if ctx.Err() != nil {
			break
		}
	}
	return "", fmt.Errorf("%w: %s", ErrProbe, strings.Join(errs, "; "))
}

func probeOne(ctx context.Context, h interface {
	Connect(context.Context, peer.AddrInfo) error
}, sub event.Subscription, ai peer.AddrInfo) (string, error) {
	cctx, cancel := context.WithTimeout(ctx, 15*time.Second)
	defer cancel()
	if err := h.Connect(cctx, ai); err != nil {
		return "", fmt.Errorf("no peer reachable at %s: %s", addrString(ai), oneLine(err))
	}
	for {
		select {
		case <-cctx.Done():
			return "", fmt.Errorf("%s did not identify itself: %v", ai.ID, cctx.Err())
		case e := <-sub.Out():
			switch e := e.(type) {
			case event.EvtPeerIdentificationFailed:
				if e.Peer == ai.ID {
					return "", fmt.Errorf("identifying %s: %v", ai.ID, e.Reason)
				}
			case event.EvtPeerIdentificationCompleted:
				if e.Peer != ai.ID {
					continue
				}
				names := NetworkOf(e.Protocols)
				switch len(names) {
				case 0:
					return "", fmt.Errorf("%s serves no zkpool network (is it an Aoraki node, 'zkpool-node run'?)", ai.ID)
				case 1:
					return names[0], nil
				default:
					return "", fmt.Errorf("%s serves several networks (%s): name one", ai.ID, strings.Join(names, ", "))
				}
			}
		}
	}
}

// addrString writes ai as its multiaddrs with /p2p/.
func addrString(ai peer.AddrInfo) string {
	mas, err := peer.AddrInfoToP2pAddrs(&ai)
	if err != nil || len(mas) == 0 {
		return ai.ID.String()
	}
	parts := make([]string, len(mas))
	for i, m := range mas {
		parts[i] = m.String()
	}
	return strings.Join(parts, ", ")
}

// oneLine folds libp2p's multi-line dial errors into one line.
func oneLine(err error) string {
	f := strings.Fields(strings.ReplaceAll(err.Error(), "\n", " "))
	return strings.Join(f, " ")
}
