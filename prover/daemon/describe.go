package daemon

import (
	"context"
	"errors"
	"fmt"
	"strings"
	"time"

	"github.com/libp2p/go-libp2p"
	"google.golang.org/protobuf/types/known/emptypb"
	"google.golang.org/protobuf/types/known/wrapperspb"

	chainnet "github.com/zkpool/aoraki/chain/network"
	p2phost "github.com/zkpool/aoraki/p2p/host"
	"github.com/zkpool/aoraki/p2p/netproto"
	"github.com/zkpool/aoraki/p2p/stream"
)

// Describe asks a node, from a throwaway host, for the network file it
// runs with (netproto.NetworkInfo), trying each of its addresses
// (multiaddrs ending in /p2p/<id>) until one answers, and validates the
// answer (chain/network.Parse). It is how a prover joins with nothing but
// a node's address: it trusts that node on first use, as it would a
// network file handed to it.
func Describe(ctx context.Context, addrs []string) (*chainnet.Network, error) {
	infos, err := p2phost.ParseAddrInfos(addrs)
	if err != nil {
		return nil, err
	}
	if len(infos) == 0 {
		return nil, fmt.Errorf("%w: no node address", ErrNetworkInfo)
	}
	h, err := libp2p.New(libp2p.NoListenAddrs, libp2p.DisableRelay())
	if err != nil {
		return nil, err
	}
	defer h.Close()
	var errs []string
	for _, ai := range infos {
		n, err := func() (*chainnet.Network, error) {
			cctx, cancel := context.WithTimeout(ctx, 15*time.Second)
			defer cancel()
			if err := h.Connect(cctx, ai); err != nil {
				return nil, fmt.Errorf("no peer reachable at %s: %v", ai.ID, err)
			}
			var resp wrapperspb.BytesValue
			if err := stream.Call(cctx, h, ai.ID, netproto.NetworkInfo, &emptypb.Empty{}, &resp); err != nil {
				var se *stream.StatusError
				if errors.As(err, &se) {
					return nil, fmt.Errorf("%s: %s", ai.ID, se.Message)
				}
				return nil, fmt.Errorf("%s does not describe its network (is it an Aoraki node of this version?): %v", ai.ID, err)
			}
			n, err := chainnet.Parse(resp.Value)
			if err != nil {
				return nil, fmt.Errorf("%s describes its network wrongly: %w", ai.ID, err)
			}
			return n, nil
		}()
		if err == nil {
			return n, nil
		}
		// libp2p's dial errors list each address on a line of its own.
		errs = append(errs, strings.Join(strings.Fields(err.Error()), " "))
		if ctx.Err() != nil {
			break
		}
	}
	return nil, fmt.Errorf("%w: %s", ErrNetworkInfo, strings.Join(errs, "; "))
}
