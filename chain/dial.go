package chain

import (
	"context"
	"fmt"
	"net/url"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/ethereum/go-ethereum/rpc"
)

// Dial connects to a JSON-RPC endpoint: ws:// or wss:// (subscriptions),
// http:// or https:// (polling), or the path of an IPC socket. ctx bounds
// the connection attempt.
func Dial(ctx context.Context, rawURL string) (*ethclient.Client, error) {
	if rawURL == "" {
		return nil, fmt.Errorf("%w: empty", ErrUnsupportedURL)
	}
	if !strings.Contains(rawURL, "://") {
		if !strings.HasSuffix(rawURL, ".ipc") {
			return nil, fmt.Errorf("%w: %q is neither a ws/http URL nor an IPC path ending in .ipc", ErrUnsupportedURL, rawURL)
		}
	} else {
		u, err := url.Parse(rawURL)
		if err != nil {
			return nil, fmt.Errorf("%w: %v", ErrUnsupportedURL, err)
		}
		switch u.Scheme {
		case "ws", "wss", "http", "https":
		default:
			return nil, fmt.Errorf("%w: scheme %q (want ws, wss, http, https or an IPC path)", ErrUnsupportedURL, u.Scheme)
		}
		if u.Host == "" {
			return nil, fmt.Errorf("%w: %q has no host", ErrUnsupportedURL, rawURL)
		}
	}
	c, err := rpc.DialContext(ctx, rawURL)
	if err != nil {
		return nil, fmt.Errorf("chain: dial %s: %w", rawURL, err)
	}
	return ethclient.NewClient(c), nil
}

// WaitReady polls the endpoint until it answers eth_chainId, so that a
// process started next to its chain (a testnet, a script that starts
// both) rides out the chain's start instead of failing. waiting is called
// once, with the first error, when the endpoint does not answer at once.
// It returns the last error when ctx ends first.
func WaitReady(ctx context.Context, eth *ethclient.Client, waiting func(error)) error {
	const poll = 250 * time.Millisecond
	for first := true; ; first = false {
		_, err := eth.ChainID(ctx)
		if err == nil {
			return nil
		}
		if first && waiting != nil {
			waiting(err)
		}
		select {
		case <-ctx.Done():
			return fmt.Errorf("chain: no answer: %w", err)
		case <-time.After(poll):
		}
	}
}
