// Simple single-threaded TCP echo server using poll().
// Build: cc -Wall -O2 -o echo_server echo_server.c
// Run:   ./echo_server 9000

#define _GNU_SOURCE
#include <arpa/inet.h>
#include <errno.h>
#include <fcntl.h>
#include <netinet/in.h>
#include <poll.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <unistd.h>

#define MAX_CLIENTS 128
#define BUF_SIZE 4096

static volatile sig_atomic_t running = 1;

static void on_signal(int sig)
{
    (void)sig;
    running = 0;
}

static int make_listener(int port)
{
    int fd = socket(AF_INET, SOCK_STREAM, 0);
    if (fd < 0) {
        perror("socket");
        return -1;
    }
    int yes = 1;
    setsockopt(fd, SOL_SOCKET, SO_REUSEADDR, &yes, sizeof(yes));

    struct sockaddr_in addr = {0};
    addr.sin_family = AF_INET;
    addr.sin_addr.s_addr = htonl(INADDR_ANY);
    addr.sin_port = htons((unsigned short)port);

    if (bind(fd, (struct sockaddr *)&addr, sizeof(addr)) < 0 || listen(fd, 64) < 0) {
        perror("bind/listen");
        close(fd);
        return -1;
    }
    fcntl(fd, F_SETFL, O_NONBLOCK);
    return fd;
}

int main(int argc, char **argv)
{
    int port = argc > 1 ? atoi(argv[1]) : 9000;
    if (port <= 0 || port > 65535) {
        fprintf(stderr, "invalid port\n");
        return 1;
    }

    signal(SIGINT, on_signal);
    signal(SIGTERM, on_signal);
    signal(SIGPIPE, SIG_IGN); // handle write errors via return codes instead

    int listener = make_listener(port);
    if (listener < 0)
        return 1;

    struct pollfd fds[MAX_CLIENTS + 1];
    int nfds = 1;
    fds[0].fd = listener;
    fds[0].events = POLLIN;

    printf("echo server listening on port %d\n", port);

    while (running) {
        int ready = poll(fds, nfds, 1000);
        if (ready < 0) {
            if (errno == EINTR)
                continue;
            perror("poll");
            break;
        }

        // New connections
        if (fds[0].revents & POLLIN) {
            struct sockaddr_in peer;
            socklen_t len = sizeof(peer);
            int client = accept(listener, (struct sockaddr *)&peer, &len);
            if (client >= 0) {
                if (nfds > MAX_CLIENTS) {
                    fprintf(stderr, "too many clients, rejecting\n");
                    close(client);
                } else {
                    fds[nfds].fd = client;
                    fds[nfds].events = POLLIN;
                    nfds++;
                    printf("client connected: %s:%d\n", inet_ntoa(peer.sin_addr), ntohs(peer.sin_port));
                }
            }
        }

        // Data from existing clients
        for (int i = 1; i < nfds; i++) {
            if (!(fds[i].revents & (POLLIN | POLLHUP | POLLERR)))
                continue;

            char buf[BUF_SIZE];
            ssize_t n = read(fds[i].fd, buf, sizeof(buf));
            if (n > 0 && write(fds[i].fd, buf, (size_t)n) == n)
                continue;

            // EOF or error: drop the client by moving the last entry into this slot
            close(fds[i].fd);
            fds[i] = fds[nfds - 1];
            nfds--;
            i--;
        }
    }

    printf("\nshutting down\n");
    for (int i = 0; i < nfds; i++)
        close(fds[i].fd);
    return 0;
}
