package chain_test

import (
	"context"
	"errors"
	"testing"
	"time"

	"github.com/zkpool/aoraki/chain"
	"github.com/zkpool/aoraki/chain/devchain"
)

func TestDial(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	for _, bad := range []string{"", "ftp://host", "http://", "localhost:8545", "not a url"} {
		if _, err := chain.Dial(ctx, bad); !errors.Is(err, chain.ErrUnsupportedURL) {
			t.Errorf("%q: got %v, want ErrUnsupportedURL", bad, err)
		}
	}
	c, err := devchain.Start(ctx, devchain.DefaultConfig(), nil)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { _ = c.Close() })
	for _, u := range []string{c.HTTPURL(), c.WSURL()} {
		cl, err := chain.Dial(ctx, u)
		if err != nil {
			t.Fatalf("%s: %v", u, err)
		}
		id, err := cl.ChainID(ctx)
		cl.Close()
		if err != nil || id.Uint64() != devchain.DefaultChainID {
			t.Fatalf("%s: chain id %v, %v", u, id, err)
		}
	}
	if _, err := chain.Dial(ctx, "/nonexistent/dir/geth.ipc"); err == nil {
		t.Fatal("dial to a missing IPC socket succeeded")
	}
}
