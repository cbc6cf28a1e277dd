package stream

import (
	"bytes"
	"context"
	"errors"
	"io"
	"strings"
	"testing"
	"time"

	"github.com/libp2p/go-libp2p/core/peer"
	"google.golang.org/protobuf/types/known/wrapperspb"

	"github.com/zkpool/aoraki/p2p/host"
	"github.com/zkpool/aoraki/protocol/wire"
)

func pair(t *testing.T) (*host.Host, *host.Host) {
	t.Helper()
	mk := func(role host.Role) *host.Host {
		h, err := host.New(host.LocalConfig("devnet", role, t.TempDir()), nil)
		if err != nil {
			t.Fatal(err)
		}
		t.Cleanup(func() { h.Close() })
		return h
	}
	a, b := mk(host.RoleNode), mk(host.RoleProver)
	if err := b.Connect(context.Background(), peer.AddrInfo{ID: a.ID(), Addrs: a.Addrs()}); err != nil {
		t.Fatal(err)
	}
	return a, b
}

var echoSpec = Spec{Name: "echo", MaxRequest: 1 << 10, MaxResponse: 1 << 12, Timeout: 5 * time.Second}

func newStr() *wrapperspb.StringValue { return new(wrapperspb.StringValue) }

func echo(_ context.Context, _ peer.ID, req *wrapperspb.StringValue) (*wrapperspb.StringValue, error) {
	switch req.Value {
	case "missing":
		return nil, Errorf(wire.Status_NOT_FOUND, "no %s here", req.Value)
	case "boom":
		return nil, errors.New("secret internal detail")
	case "big":
		return wrapperspb.String(strings.Repeat("x", 1<<13)), nil
	}
	return wrapperspb.String("echo:" + req.Value), nil
}

func TestRequestResponse(t *testing.T) {
	srv, cli := pair(t)
	if err := Handle(srv, echoSpec, newStr, echo, nil); err != nil {
		t.Fatal(err)
	}
	ctx := context.Background()
	resp := newStr()
	if err := Call(ctx, cli, srv.ID(), echoSpec, wrapperspb.String("hi"), resp); err != nil || resp.Value != "echo:hi" {
		t.Fatalf("call: %v %q", err, resp.Value)
	}
	var se *StatusError
	err := Call(ctx, cli, srv.ID(), echoSpec, wrapperspb.String("missing"), newStr())
	if !errors.As(err, &se) || se.Code != wire.Status_NOT_FOUND || se.Message != "no missing here" {
		t.Fatalf("not found: %v", err)
	}
	err = Call(ctx, cli, srv.ID(), echoSpec, wrapperspb.String("boom"), newStr())
	if !errors.As(err, &se) || se.Code != wire.Status_INTERNAL || strings.Contains(se.Message, "secret") {
		t.Fatalf("internal: %v", err)
	}
	err = Call(ctx, cli, srv.ID(), echoSpec, wrapperspb.String("big"), newStr())
	if !errors.As(err, &se) || se.Code != wire.Status_INTERNAL {
		t.Fatalf("oversized response: %v", err)
	}
	err = Call(ctx, cli, srv.ID(), echoSpec, wrapperspb.String(strings.Repeat("y", 2<<10)), newStr())
	if !errors.Is(err, ErrTooLarge) {
		t.Fatalf("client-side oversized request: %v", err)
	}
	if err := Handle(srv, Spec{Name: "Bad Name", MaxRequest: 1, MaxResponse: 1, Timeout: time.Second}, newStr, echo, nil); !errors.Is(err, ErrSpec) {
		t.Fatalf("bad spec: %v", err)
	}
	if err := Call(ctx, cli, srv.ID(), Spec{Name: "echo"}, wrapperspb.String("x"), newStr()); !errors.Is(err, ErrSpec) {
		t.Fatalf("zero spec: %v", err)
	}
}

// rawRequest opens a stream and writes b, then returns what the read side
// ends with: nil for a clean EOF, the error otherwise.
func readEnd(t *testing.T, cli *host.Host, srv peer.ID, write func(io.Writer)) error {
	t.Helper()
	s, err := cli.NewStream(context.Background(), srv, echoSpec.ID())
	if err != nil {
		t.Fatal(err)
	}
	defer s.Reset()
	write(s)
	_ = s.SetReadDeadline(time.Now().Add(20 * time.Second)) // a bound for the test only
	_, err = io.Copy(io.Discard, s)
	return err
}

func TestOversizedRequestIsReset(t *testing.T) {
	srv, cli := pair(t)
	if err := Handle(srv, echoSpec, newStr, echo, nil); err != nil {
		t.Fatal(err)
	}
	err := readEnd(t, cli, srv.ID(), func(w io.Writer) {
		_ = WriteFrame(w, bytes.Repeat([]byte{1}, echoSpec.MaxRequest+1))
	})
	if err == nil || errors.Is(err, context.DeadlineExceeded) || strings.Contains(err.Error(), "deadline") {
		t.Fatalf("oversized request: read side ended with %v, want a reset", err)
	}
}

func TestSlowPeerHitsDeadline(t *testing.T) {
	srv, cli := pair(t)
	short := echoSpec
	short.Timeout = 300 * time.Millisecond
	if err := Handle(srv, short, newStr, echo, nil); err != nil {
		t.Fatal(err)
	}
	// A client that starts a frame and never finishes it: the server's
	// read deadline fires and it resets the stream.
	err := readEnd(t, cli, srv.ID(), func(w io.Writer) { _, _ = w.Write([]byte{0x10, 1, 2}) })
	if err == nil {
		t.Fatal("stalled request was answered")
	}
	// A handler slower than the client's deadline: Call fails with the
	// deadline, and the server's write fails on the reset stream.
	slow := Spec{Name: "slow", MaxRequest: 64, MaxResponse: 64, Timeout: 300 * time.Millisecond}
	release := make(chan struct{})
	defer close(release)
	err = Handle(srv, slow, newStr, func(ctx context.Context, _ peer.ID, _ *wrapperspb.StringValue) (*wrapperspb.StringValue, error) {
		<-release
		return wrapperspb.String("late"), nil
	}, nil)
	if err != nil {
		t.Fatal(err)
	}
	err = Call(context.Background(), cli, srv.ID(), slow, wrapperspb.String("x"), newStr())
	if err == nil {
		t.Fatal("slow handler answered within the deadline")
	}
}

// TestProtocolLimitEnforced: the host's per-protocol, per-peer stream
// limit (resource manager) refuses a second concurrent request.
func TestProtocolLimitEnforced(t *testing.T) {
	spec := Spec{Name: "limited", MaxRequest: 64, MaxResponse: 64, Timeout: 10 * time.Second}
	hc := host.LocalConfig("devnet", host.RoleNode, t.TempDir())
	hc.Protocols = append(hc.Protocols, host.ProtocolLimit{ID: string(spec.ID()), Streams: 4, StreamsPerPeer: 1, MemoryBytes: 1 << 20})
	srv, err := host.New(hc, nil)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { srv.Close() })
	cli, err := host.New(host.LocalConfig("devnet", host.RoleProver, t.TempDir()), nil)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { cli.Close() })
	if err := cli.Connect(context.Background(), peer.AddrInfo{ID: srv.ID(), Addrs: srv.Addrs()}); err != nil {
		t.Fatal(err)
	}
	entered, release := make(chan struct{}, 1), make(chan struct{})
	err = Handle(srv, spec, newStr, func(ctx context.Context, _ peer.ID, req *wrapperspb.StringValue) (*wrapperspb.StringValue, error) {
		if req.Value == "hold" {
			entered <- struct{}{}
			<-release
		}
		return wrapperspb.String("done " + req.Value), nil
	}, nil)
	if err != nil {
		t.Fatal(err)
	}
	first := make(chan error, 1)
	go func() { first <- Call(context.Background(), cli, srv.ID(), spec, wrapperspb.String("hold"), newStr()) }()
	<-entered
	if err := Call(context.Background(), cli, srv.ID(), spec, wrapperspb.String("second"), newStr()); err == nil {
		t.Fatal("a second concurrent stream passed a per-peer limit of 1")
	}
	close(release)
	if err := <-first; err != nil {
		t.Fatal(err)
	}
}
