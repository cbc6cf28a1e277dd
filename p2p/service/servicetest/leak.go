// Package servicetest checks, in tests, that a service leaves no goroutine
// behind once closed (STYLE.md §14: a goroutine-leak check on services).
package servicetest

import (
	"bytes"
	"runtime"
	"strings"
	"testing"
	"time"
)

// owned are the code paths whose goroutines a closed service must have
// stopped: ours, and those of the libraries our services start (a host, a
// DHT, a gossip router). The chain client and the dev chain are the
// test's, not a service's: their goroutines (go-ethereum's) are not
// counted unless they run our code.
var owned = []string{
	"github.com/zkpool/aoraki/",
	"github.com/libp2p/",
}

// shared are goroutines that libraries start once per process and keep
// (caches, metrics, global resolvers): not any one service's to stop.
var shared = []string{
	"github.com/libp2p/go-libp2p/p2p/host/resource-manager.(*resourceManager).background",
	"github.com/libp2p/go-libp2p/core/peerstore",
	"github.com/libp2p/go-libp2p-kbucket",
	"github.com/ipfs/go-log",
	"go.opencensus.io",
	"github.com/libp2p/go-libp2p/p2p/transport/tcpreuse",
	"github.com/libp2p/go-libp2p/p2p/net/swarm.(*dialWorker)", // finishes with its dial
	"github.com/libp2p/go-reuseport",
	"github.com/libp2p/go-netroute",
	"github.com/libp2p/go-libp2p/p2p/host/autonat",
	"github.com/libp2p/go-libp2p/p2p/protocol/autonatv2",
	"github.com/libp2p/go-libp2p-asn-util",
	"github.com/libp2p/zeroconf",
	"github.com/libp2p/go-libp2p/p2p/metricshelper",
	"github.com/libp2p/go-flow-metrics",
	"github.com/libp2p/go-libp2p/p2p/transport/quicreuse.(*reuse).gc", // owned by the global QUIC transport
}

// CheckGoroutines records the goroutines running now and, when the test
// ends (after the cleanups registered later, which close the services),
// fails it if a goroutine started since then in owned code is still
// running after grace.
func CheckGoroutines(t testing.TB, grace time.Duration) {
	t.Helper()
	before := goroutines()
	t.Cleanup(func() {
		if t.Failed() {
			return // the test's own failure says more
		}
		deadline := time.Now().Add(grace)
		for {
			leaked := leaks(before)
			if len(leaked) == 0 {
				return
			}
			if time.Now().After(deadline) {
				t.Errorf("%d goroutines left running after the services closed:\n\n%s", len(leaked), strings.Join(leaked, "\n\n"))
				return
			}
			time.Sleep(20 * time.Millisecond)
		}
	})
}

func leaks(before map[string]bool) []string {
	var out []string
	for id, stack := range goroutinesWithStacks() {
		if before[id] || !ownedStack(stack) || sharedStack(stack) {
			continue
		}
		out = append(out, stack)
	}
	return out
}

func ownedStack(s string) bool {
	for _, p := range owned {
		if strings.Contains(s, p) {
			return true
		}
	}
	return false
}

func sharedStack(s string) bool {
	for _, p := range shared {
		if strings.Contains(s, p) {
			return true
		}
	}
	return false
}

func goroutines() map[string]bool {
	out := map[string]bool{}
	for id := range goroutinesWithStacks() {
		out[id] = true
	}
	return out
}

// goroutinesWithStacks maps each goroutine's id to its stack (the test's
// own goroutine left out).
func goroutinesWithStacks() map[string]string {
	buf := make([]byte, 1<<20)
	for {
		n := runtime.Stack(buf, true)
		if n < len(buf) {
			buf = buf[:n]
			break
		}
		buf = make([]byte, 2*len(buf))
	}
	out := map[string]string{}
	for _, g := range bytes.Split(buf, []byte("\n\n")) {
		head, _, _ := bytes.Cut(g, []byte("\n"))
		f := strings.Fields(string(head)) // goroutine 12 [running]:
		if len(f) < 2 || f[0] != "goroutine" || strings.Contains(string(g), "servicetest.goroutinesWithStacks") ||
			strings.Contains(string(g), "testing.tRunner") && strings.Contains(string(g), "[running]") {
			continue
		}
		out[f[1]] = string(g)
	}
	return out
}
