package p2p_test

import (
	"context"
	"errors"
	"path/filepath"
	"sync/atomic"
	"testing"
	"time"

	"github.com/libp2p/go-libp2p/core/control"
	"github.com/libp2p/go-libp2p/core/network"
	"github.com/libp2p/go-libp2p/core/peer"
	ma "github.com/multiformats/go-multiaddr"
	"google.golang.org/protobuf/types/known/wrapperspb"

	"github.com/zkpool/aoraki/p2p/blob"
	"github.com/zkpool/aoraki/p2p/discovery"
	"github.com/zkpool/aoraki/p2p/host"
	"github.com/zkpool/aoraki/p2p/stream"
	"github.com/zkpool/aoraki/protocol/cids"
	"github.com/zkpool/aoraki/protocol/wire"
)

// peerBox is one process's p2p stack: host, discovery and blob exchange.
type peerBox struct {
	h  *host.Host
	d  *discovery.Service
	bx *blob.Exchange
}

func newPeer(t *testing.T, hc host.Config, boots []string) *peerBox {
	t.Helper()
	return newPeerTB(t, hc, boots)
}

func newPeerTB(t testing.TB, hc host.Config, boots []string) *peerBox {
	t.Helper()
	h, err := host.New(hc, nil)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { h.Close() })
	dc := discovery.DefaultConfig(hc.Network, hc.Role.Public(), boots)
	dc.DialTimeout, dc.QueryTimeout = 2*time.Second, 5*time.Second
	d, err := discovery.New(h, dc, nil)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { d.Close() })
	if err := d.Start(context.Background()); err != nil {
		t.Fatal(err)
	}
	st, err := blob.OpenStore(hc.DataDir)
	if err != nil {
		t.Fatal(err)
	}
	bx, err := blob.New(h, st, d.DHT(), blob.DefaultConfig(), nil)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { bx.Close() })
	return &peerBox{h: h, d: d, bx: bx}
}

func p2pAddrs(h *host.Host) []string {
	var out []string
	for _, a := range h.Addrs() {
		out = append(out, a.String()+"/p2p/"+h.ID().String())
	}
	return out
}

// TestProvidersFoundForBlob: a node provides a blob through the DHT; a
// prover that knows only the bootstrapper finds the provider and fetches.
func TestProvidersFoundForBlob(t *testing.T) {
	boot := newPeer(t, host.LocalConfig("devnet", host.RoleBootstrap, t.TempDir()), nil)
	var nodes []*peerBox
	for i := 0; i < 3; i++ {
		nodes = append(nodes, newPeer(t, host.LocalConfig("devnet", host.RoleNode, t.TempDir()), p2pAddrs(boot.h)))
	}
	data := []byte("segment 7 witness")
	c, err := nodes[2].bx.Store().PutBytes(data)
	if err != nil {
		t.Fatal(err)
	}
	ctx := context.Background()
	if err := nodes[2].bx.Provide(ctx, c); err != nil {
		t.Fatal(err)
	}
	if err := nodes[0].bx.Provide(ctx, cids.Of([]byte("not stored"))); !errors.Is(err, blob.ErrNotFound) {
		t.Fatalf("providing a blob not stored: %v", err)
	}
	prover := newPeer(t, host.LocalConfig("devnet", host.RoleProver, t.TempDir()), p2pAddrs(boot.h))
	provs, err := prover.bx.FindProviders(ctx, c)
	if err != nil || len(provs) != 1 || provs[0].ID != nodes[2].h.ID() {
		t.Fatalf("providers of %s: %v %v", c, provs, err)
	}
	n, err := prover.bx.Fetch(ctx, c, 1<<20)
	if err != nil || n != int64(len(data)) {
		t.Fatalf("fetch: %d %v", n, err)
	}
	got, err := prover.bx.Store().Get(c, 1<<20)
	if err != nil || string(got) != string(data) {
		t.Fatalf("fetched copy: %q %v", got, err)
	}
	if _, err := prover.bx.Fetch(ctx, cids.Of([]byte("nobody")), 1<<20); !errors.Is(err, blob.ErrNotFound) {
		t.Fatalf("fetching an unprovided blob: %v", err)
	}
}

var controlSpec = stream.Spec{Name: "award-notice", MaxRequest: 1 << 10, MaxResponse: 1 << 10, Timeout: 10 * time.Second, AllowLimited: true}

// natShaped runs the scenario on a relay/node host and a prover that is
// private and reachable only through the relay's circuit address.
// relayAddr and nodeAddrs are what the prover is told; the node reaches
// the prover through circuit.
func natShaped(t *testing.T, node *peerBox, prover *peerBox) {
	t.Helper()
	ctx := context.Background()
	// Control message: the node reaches the private prover through the
	// relay; the prover's handler sees a limited (relayed) connection.
	limitedSeen := make(chan bool, 1)
	err := stream.Handle(prover.h, controlSpec, func() *wrapperspb.StringValue { return new(wrapperspb.StringValue) },
		func(_ context.Context, from peer.ID, req *wrapperspb.StringValue) (*wrapperspb.StringValue, error) {
			limited := false
			for _, c := range prover.h.Network().ConnsToPeer(from) {
				limited = limited || c.Stat().Limited
			}
			select {
			case limitedSeen <- limited:
			default:
			}
			return wrapperspb.String("ack " + req.Value), nil
		}, nil)
	if err != nil {
		t.Fatal(err)
	}
	var resp wrapperspb.StringValue
	if err := stream.Call(ctx, node.h, prover.h.ID(), controlSpec, wrapperspb.String("segment 3 is yours"), &resp); err != nil {
		t.Fatalf("control message over the relay: %v", err)
	}
	if relayed := <-limitedSeen; resp.Value != "ack segment 3 is yours" || !relayed {
		t.Fatalf("control answer %q, relayed %v", resp.Value, relayed)
	}
	for _, c := range node.h.Network().ConnsToPeer(prover.h.ID()) {
		if !c.Stat().Limited {
			t.Fatal("node holds a direct connection to the private prover")
		}
	}
	// A blob over the relay is refused by the server side, even when a
	// client asks for it explicitly.
	witness := []byte("segment 3 witness bytes")
	wc, err := node.bx.Store().PutBytes(witness)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := prover.bx.Store().PutBytes([]byte("prover-side blob")); err != nil {
		t.Fatal(err)
	}
	s, err := node.h.NewStream(network.WithAllowLimitedConn(ctx, "test"), prover.h.ID(), blob.ProtocolID)
	if err != nil {
		t.Fatal(err)
	}
	_ = stream.WriteMsg(s, &wire.BlobRequest{Cid: cids.Of([]byte("prover-side blob")).Bytes(), MaxSize: 1 << 20})
	_ = s.CloseWrite()
	if err := stream.ReadStatus(s); err == nil {
		t.Fatal("prover served a blob over a relayed connection")
	}
	s.Reset()
	// And the node cannot pull from the prover: there is no direct path.
	short, cancel := context.WithTimeout(ctx, 2*time.Second)
	defer cancel()
	if _, err := node.bx.FetchFrom(short, prover.h.ID(), cids.Of([]byte("prover-side blob")), 1<<20); err == nil {
		t.Fatal("node fetched from the private prover")
	}
	// Blob: the prover pulls the witness from the public node over a
	// direct connection.
	if natShapedGate != nil {
		natShapedGate.deny.Store(peer.ID(""))
	}
	if _, err := prover.bx.FetchFrom(ctx, node.h.ID(), wc, 1<<20); err != nil {
		t.Fatalf("prover pulls the witness: %v", err)
	}
	direct := false
	for _, c := range prover.h.Network().ConnsToPeer(node.h.ID()) {
		direct = direct || !c.Stat().Limited
	}
	if !direct {
		t.Fatal("the witness moved without a direct connection")
	}
}

// TestNATShapedInProcess: the prover is forced private and keeps a relay
// reservation; the node knows only its circuit address.
func TestNATShapedInProcess(t *testing.T) {
	dir := t.TempDir()
	relay := newPeer(t, host.LocalConfig("devnet", host.RoleNode, filepath.Join(dir, "relay")), nil)
	node := newPeer(t, host.LocalConfig("devnet", host.RoleNode, filepath.Join(dir, "node")), p2pAddrs(relay.h))
	pc := host.LocalConfig("devnet", host.RoleProver, filepath.Join(dir, "prover"))
	pc.Reachability = host.ReachabilityPrivate
	pc.StaticRelays = p2pAddrs(relay.h)
	// Until the control part is done the prover may not dial the node:
	// the node then holds only the relayed connection, as behind a NAT
	// before the prover ever dialed out.
	gate := &dialGate{natFor: node.h.ID()}
	gate.deny.Store(node.h.ID())
	pc.Gater = gate
	// The prover dials nobody but its relay, so no direct connection to
	// the node exists before the test makes one.
	prover := newPeer(t, pc, nil)
	// The node learns the prover only by a circuit address through the
	// relay (AutoRelay keeps the reservation; libp2p advertises circuit
	// addresses only for relays with public addresses, so on loopback the
	// test builds it).
	node.h.Peerstore().ClearAddrs(prover.h.ID())
	var circuits []ma.Multiaddr
	for _, a := range relay.h.Addrs() {
		circuits = append(circuits, a.Encapsulate(ma.StringCast("/p2p/"+relay.h.ID().String()+"/p2p-circuit")))
	}
	dialUntilReserved(t, node.h, peer.AddrInfo{ID: prover.h.ID(), Addrs: circuits})
	// The prover knows the node's public addresses (network file / DHT).
	prover.h.Peerstore().AddAddrs(node.h.ID(), node.h.Addrs(), time.Hour)
	natShapedGate = gate
	natShaped(t, node, prover)
}

// dialUntilReserved dials the prover through the relay until the
// prover's AutoRelay reservation is in place (before it, the relay answers
// NO_RESERVATION). The deadline bounds a failing test only.
func dialUntilReserved(t *testing.T, h *host.Host, ai peer.AddrInfo) {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 60*time.Second)
	defer cancel()
	tick := time.NewTicker(100 * time.Millisecond)
	defer tick.Stop()
	for {
		err := h.Connect(ctx, ai)
		if err == nil {
			return
		}
		select {
		case <-tick.C:
		case <-ctx.Done():
			t.Fatalf("dial the prover through the relay: %v", err)
		}
	}
}

// dialGate denies outbound dials to one peer.
type dialGate struct {
	deny   atomic.Value
	natFor peer.ID
}

var natShapedGate *dialGate

func (g *dialGate) denied(p peer.ID) bool {
	d, _ := g.deny.Load().(peer.ID)
	return d != "" && d == p
}
func (g *dialGate) InterceptPeerDial(p peer.ID) bool                 { return !g.denied(p) }
func (g *dialGate) InterceptAddrDial(p peer.ID, _ ma.Multiaddr) bool { return !g.denied(p) }
func (g *dialGate) InterceptAccept(network.ConnMultiaddrs) bool      { return true }

// InterceptSecured plays the NAT: unsolicited direct inbound connections
// from the node never reach the prover; relayed ones do.
func (g *dialGate) InterceptSecured(dir network.Direction, p peer.ID, cm network.ConnMultiaddrs) bool {
	if dir != network.DirInbound || p != g.natFor {
		return true
	}
	_, err := cm.RemoteMultiaddr().ValueForProtocol(ma.P_CIRCUIT)
	return err == nil
}
func (g *dialGate) InterceptUpgraded(network.Conn) (bool, control.DisconnectReason) { return true, 0 }
