package chain_test

import (
	"context"
	"errors"
	"fmt"
	"net"
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

// A process started next to its chain waits for it: WaitReady dials a port
// where nothing listens yet, says it is waiting, and returns once the chain
// starts there; with no chain, it gives up when its context ends.
func TestWaitReadyRidesOutTheChainsStart(t *testing.T) {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	port := ln.Addr().(*net.TCPAddr).Port
	ln.Close()
	url := fmt.Sprintf("http://127.0.0.1:%d", port)
	eth, err := chain.Dial(context.Background(), url)
	if err != nil {
		t.Fatal(err)
	}
	defer eth.Close()

	short, cancel := context.WithTimeout(context.Background(), 600*time.Millisecond)
	defer cancel()
	if err := chain.WaitReady(short, eth, nil); err == nil {
		t.Fatal("WaitReady answered with no chain listening")
	}

	waited := make(chan error, 1)
	ctx, cancel2 := context.WithTimeout(context.Background(), time.Minute)
	defer cancel2()
	done := make(chan error, 1)
	go func() { done <- chain.WaitReady(ctx, eth, func(err error) { waited <- err }) }()
	select {
	case <-waited:
	case err := <-done:
		t.Fatalf("WaitReady returned before any chain ran: %v", err)
	}
	cfg := devchain.DefaultConfig()
	cfg.Port = port
	c, err := devchain.Start(ctx, cfg, nil)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { _ = c.Close() })
	if err := <-done; err != nil {
		t.Fatalf("WaitReady after the chain started: %v", err)
	}
}
