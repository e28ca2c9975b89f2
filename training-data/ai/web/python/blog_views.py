from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.contrib.auth.mixins import LoginRequiredMixin, UserPassesTestMixin
from django.core.paginator import Paginator
from django.db.models import Count, Q
from django.http import HttpResponseForbidden, JsonResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse_lazy
from django.views.decorators.http import require_POST
from django.views.generic import DeleteView, DetailView, UpdateView

from .forms import CommentForm, PostForm
from .models import Comment, Post, Tag


def post_list(request, tag_slug=None):
    posts = (
        Post.objects.filter(status=Post.Status.PUBLISHED)
        .select_related("author")
        .prefetch_related("tags")
        .annotate(comment_count=Count("comments"))
        .order_by("-published_at")
    )
    tag = None
    if tag_slug:
        tag = get_object_or_404(Tag, slug=tag_slug)
        posts = posts.filter(tags=tag)

    query = request.GET.get("q", "").strip()
    if query:
        posts = posts.filter(Q(title__icontains=query) | Q(body__icontains=query))

    paginator = Paginator(posts, 10)
    page = paginator.get_page(request.GET.get("page"))
    return render(request, "blog/post_list.html", {"page_obj": page, "tag": tag, "query": query})


class PostDetailView(DetailView):
    model = Post
    template_name = "blog/post_detail.html"
    context_object_name = "post"

    def get_queryset(self):
        qs = Post.objects.select_related("author")
        if self.request.user.is_authenticated:
            # authors can preview their own drafts
            return qs.filter(Q(status=Post.Status.PUBLISHED) | Q(author=self.request.user))
        return qs.filter(status=Post.Status.PUBLISHED)

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["comments"] = self.object.comments.filter(approved=True).select_related("user")
        context["comment_form"] = CommentForm()
        return context


@login_required
def post_create(request):
    if request.method == "POST":
        form = PostForm(request.POST, request.FILES)
        if form.is_valid():
            post = form.save(commit=False)
            post.author = request.user
            post.save()
            form.save_m2m()
            messages.success(request, "Post created.")
            return redirect(post.get_absolute_url())
    else:
        form = PostForm()
    return render(request, "blog/post_form.html", {"form": form})


class AuthorRequiredMixin(LoginRequiredMixin, UserPassesTestMixin):
    def test_func(self):
        return self.get_object().author == self.request.user


class PostUpdateView(AuthorRequiredMixin, UpdateView):
    model = Post
    form_class = PostForm
    template_name = "blog/post_form.html"

    def form_valid(self, form):
        messages.success(self.request, "Post updated.")
        return super().form_valid(form)


class PostDeleteView(AuthorRequiredMixin, DeleteView):
    model = Post
    success_url = reverse_lazy("blog:post_list")
    template_name = "blog/post_confirm_delete.html"


@login_required
@require_POST
def add_comment(request, pk):
    post = get_object_or_404(Post, pk=pk, status=Post.Status.PUBLISHED)
    form = CommentForm(request.POST)
    if form.is_valid():
        comment = form.save(commit=False)
        comment.post = post
        comment.user = request.user
        comment.save()
        messages.info(request, "Your comment is awaiting moderation.")
    else:
        messages.error(request, "Comment could not be posted.")
    return redirect(post.get_absolute_url() + "#comments")


@login_required
@require_POST
def toggle_like(request, pk):
    post = get_object_or_404(Post, pk=pk)
    if post.author == request.user:
        return HttpResponseForbidden("You cannot like your own post.")
    if post.likes.filter(pk=request.user.pk).exists():
        post.likes.remove(request.user)
        liked = False
    else:
        post.likes.add(request.user)
        liked = True
    return JsonResponse({"liked": liked, "count": post.likes.count()})


@login_required
def moderate_comments(request):
    if not request.user.is_staff:
        return HttpResponseForbidden()
    pending = Comment.objects.filter(approved=False).select_related("post", "user")
    if request.method == "POST":
        ids = request.POST.getlist("approve")
        updated = pending.filter(pk__in=ids).update(approved=True)
        messages.success(request, f"Approved {updated} comment(s).")
        return redirect("blog:moderate_comments")
    return render(request, "blog/moderate.html", {"comments": pending})
