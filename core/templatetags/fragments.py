"""{% fragment "name" [value ...] %}…{% endfragment %}: a block kept per content generation (core.caching.fragments).

Use it only for markup that depends on content, the language and the values named, never
on the reader (the login link, a form with errors, counters that move on every request).
"""

from django import template
from django.utils.safestring import mark_safe

from core.caching.fragments import generation_fragment

register = template.Library()


class FragmentNode(template.Node):
    def __init__(self, name, vary_on, nodelist):
        self.name, self.vary_on, self.nodelist = name, vary_on, nodelist

    def render(self, context):
        parts = [str(self.name.resolve(context)), *(str(value.resolve(context)) for value in self.vary_on)]
        return mark_safe(generation_fragment(":".join(parts), lambda: self.nodelist.render(context)))


@register.tag
def fragment(parser, token):
    bits = token.split_contents()
    if len(bits) < 2:
        raise template.TemplateSyntaxError("{% fragment %} needs a name: {% fragment \"header\" %}")
    nodelist = parser.parse(("endfragment",))
    parser.delete_first_token()
    return FragmentNode(parser.compile_filter(bits[1]), [parser.compile_filter(bit) for bit in bits[2:]], nodelist)
