package blob

import (
	"bytes"
	"context"
	"crypto/rand"
	"errors"
	"testing"

	"github.com/ipfs/go-cid"
	"github.com/libp2p/go-libp2p/core/network"
	"github.com/libp2p/go-libp2p/core/peer"

	"github.com/zkpool/aoraki/p2p/host"
	"github.com/zkpool/aoraki/p2p/stream"
	"github.com/zkpool/aoraki/protocol/cids"
	"github.com/zkpool/aoraki/protocol/wire"
)

func newExchange(t testing.TB, role host.Role, listen ...string) *Exchange {
	t.Helper()
	dir := t.TempDir()
	hc := host.LocalConfig("devnet", role, dir)
	if len(listen) > 0 {
		hc.ListenAddrs = listen
	}
	h, err := host.New(hc, nil)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { h.Close() })
	st, err := OpenStore(dir)
	if err != nil {
		t.Fatal(err)
	}
	e, err := New(h, st, nil, DefaultConfig(), nil)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { e.Close() })
	return e
}

func link(t testing.TB, a, b *Exchange) {
	t.Helper()
	if err := a.h.Connect(context.Background(), peer.AddrInfo{ID: b.h.ID(), Addrs: b.h.Addrs()}); err != nil {
		t.Fatal(err)
	}
}

func random(n int) []byte {
	b := make([]byte, n)
	_, _ = rand.Read(b)
	return b
}

func TestFetch(t *testing.T) {
	srv, cli := newExchange(t, host.RoleNode), newExchange(t, host.RoleProver)
	link(t, cli, srv)
	ctx := context.Background()
	data := random(1 << 20)
	c, err := srv.store.PutBytes(data)
	if err != nil {
		t.Fatal(err)
	}
	n, err := cli.FetchFrom(ctx, srv.h.ID(), c, 2<<20)
	if err != nil || n != int64(len(data)) {
		t.Fatalf("fetch: %d %v", n, err)
	}
	got, err := cli.store.Get(c, 2<<20)
	if err != nil || !bytes.Equal(got, data) {
		t.Fatalf("stored copy differs: %v", err)
	}
	if cli.h.ConnManager().IsProtected(srv.h.ID(), "") || srv.h.ConnManager().IsProtected(cli.h.ID(), "") {
		t.Fatal("peer still protected after the transfer")
	}
	missing := cids.Of([]byte("nobody has this"))
	if _, err := cli.FetchFrom(ctx, srv.h.ID(), missing, 1<<20); !errors.Is(err, ErrNotFound) {
		t.Fatalf("missing blob: %v", err)
	}
	big, _ := srv.store.PutBytes(random(4096))
	if _, err := cli.FetchFrom(ctx, srv.h.ID(), big, 4095); !errors.Is(err, ErrTooLarge) {
		t.Fatalf("blob above the client's cap: %v", err)
	}
	if cli.store.Has(big) {
		t.Fatal("refused blob was stored")
	}
	if _, err := cli.FetchFrom(ctx, srv.h.ID(), cid.Undef, 1); !errors.Is(err, ErrBadCID) {
		t.Fatalf("undefined CID: %v", err)
	}
}

// evilServer answers every request with OK, a header of size bytes and body.
func evilServer(t *testing.T, e *Exchange, size uint64, body []byte) {
	e.h.SetStreamHandler(ProtocolID, func(s network.Stream) {
		defer s.Close()
		var req wire.BlobRequest
		if err := stream.ReadMsg(s, &req, maxRequest); err != nil {
			s.Reset()
			return
		}
		_ = stream.WriteMsg(s, &wire.Status{Code: wire.Status_OK})
		_ = stream.WriteMsg(s, &wire.BlobHeader{Size: size})
		_, _ = s.Write(body)
	})
}

func TestFetchRefusesLies(t *testing.T) {
	ctx := context.Background()
	want := []byte("the real witness")
	c := cids.Of(want)
	cases := []struct {
		name string
		size uint64
		body []byte
		err  error
	}{
		{"wrong bytes", uint64(len(want)), []byte("a forged witness"), ErrHashMismatch},
		{"huge header", 1 << 40, nil, ErrTooLarge},
		{"short body", uint64(len(want)), want[:5], nil},
		{"trailing bytes", uint64(len(want)), append(append([]byte{}, want...), 'x'), nil},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			srv, cli := newExchange(t, host.RoleNode), newExchange(t, host.RoleProver)
			link(t, cli, srv)
			evilServer(t, srv, tc.size, tc.body)
			_, err := cli.FetchFrom(ctx, srv.h.ID(), c, 1<<20)
			if err == nil || (tc.err != nil && !errors.Is(err, tc.err)) {
				t.Fatalf("got %v, want %v", err, tc.err)
			}
			if cli.store.Has(c) {
				t.Fatal("a refused blob is in the store")
			}
		})
	}
}
