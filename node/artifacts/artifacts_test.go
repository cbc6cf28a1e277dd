package artifacts

import (
	"context"
	"errors"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/libp2p/go-libp2p/core/peer"

	"github.com/zkpool/aoraki/p2p/blob"
	p2phost "github.com/zkpool/aoraki/p2p/host"
	"github.com/zkpool/aoraki/protocol/cids"
	"github.com/zkpool/aoraki/prover/hashchain"
	"github.com/zkpool/aoraki/prover/setup"
)

func newHost(t *testing.T) (*p2phost.Host, *blob.Store) {
	t.Helper()
	dir := t.TempDir()
	h, err := p2phost.New(p2phost.LocalConfig("art-test", p2phost.RoleNode, dir), nil)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { h.Close() })
	bs, err := blob.OpenStore(filepath.Join(dir, "blobs"))
	if err != nil {
		t.Fatal(err)
	}
	return h, bs
}

func TestServeThenFetch(t *testing.T) {
	// The serving side: the shared setup store with one family published.
	src, err := setup.Open(setup.DefaultDir(), nil)
	if err != nil {
		t.Fatal(err)
	}
	a, err := src.Ensure(hashchain.Shape{Steps: 4})
	if err != nil {
		t.Fatal(err)
	}
	cids, err := Publish(src, []*setup.Artifacts{a})
	if err != nil {
		t.Fatal(err)
	}
	h1, bs1 := newHost(t)
	if err := Serve(bs1, src, cids); err != nil {
		t.Fatal(err)
	}
	ex, err := blob.New(h1, bs1, nil, blob.DefaultConfig(), nil)
	if err != nil {
		t.Fatal(err)
	}
	defer ex.Close()

	// The fetching side starts with an empty store.
	dst, err := setup.Open(t.TempDir(), nil)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := Load(dst, cids); !errors.Is(err, ErrMissing) {
		t.Fatalf("empty store: %v", err)
	}
	h2, bs2 := newHost(t)
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	n, err := Fetch(ctx, h2, bs2, dst, cids, []peer.AddrInfo{{ID: h1.ID(), Addrs: h1.Addrs()}}, nil)
	if err != nil {
		t.Fatal(err)
	}
	if n != 4 {
		t.Fatalf("fetched %d blobs, want the manifest and its three", n)
	}
	arts, err := Load(dst, cids)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := dst.Load(arts[a.Manifest.Family]); err != nil {
		t.Fatalf("fetched artifacts do not load: %v", err)
	}
	// A second fetch finds everything in place.
	if n, err := Fetch(ctx, h2, bs2, dst, cids, nil, nil); err != nil || n != 0 {
		t.Fatalf("second fetch: %d, %v", n, err)
	}
}

func TestFetchWithoutPeersNamesTheBlob(t *testing.T) {
	dst, err := setup.Open(t.TempDir(), nil)
	if err != nil {
		t.Fatal(err)
	}
	h, bs := newHost(t)
	missing := cids.Of([]byte("nobody has this")).String()
	_, err = Fetch(context.Background(), h, bs, dst, map[string]string{"hashchain/v1/s4": missing}, nil, nil)
	if !errors.Is(err, ErrUnavailable) || !strings.Contains(err.Error(), missing) {
		t.Fatalf("err = %v", err)
	}
}

func TestArtifactsNamesMissingCID(t *testing.T) {
	st, err := setup.Open(t.TempDir(), nil)
	if err != nil {
		t.Fatal(err)
	}
	missing := cids.Of([]byte("not stored")).String()
	_, err = Load(st, map[string]string{"hashchain/v1/s4": missing})
	if !errors.Is(err, ErrMissing) || !strings.Contains(err.Error(), missing) {
		t.Fatalf("err = %v, want ErrMissing naming %s", err, missing)
	}
	// A manifest listed under another family's name is refused.
	c, _ := st.Put([]byte(`{"family":"hashchain/v1/s32","ccs":"x","pk":"x","vk":"x"}`))
	if _, err := Load(st, map[string]string{"hashchain/v1/s4": c.String()}); !errors.Is(err, ErrInvalid) {
		t.Fatalf("err = %v, want ErrInvalid", err)
	}
	if _, err := Load(st, map[string]string{"x": "not-a-cid"}); !errors.Is(err, ErrInvalid) {
		t.Fatalf("err = %v, want ErrInvalid", err)
	}
}
